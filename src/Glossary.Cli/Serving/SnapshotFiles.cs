using System.Text;
using Glossary.Linking;
using Glossary.Output;
using Microsoft.AspNetCore.Http;

namespace Glossary.Cli.Serving;

/// <summary>
/// Answers a request from the preview's in-memory site the way a static host would: the file a path names (a folder's
/// index.html), or /404.html with status 404; the site's own _headers (HSTS aside, on 127.0.0.1), never cached; and
/// each page with the live-reload script added.
/// </summary>
public static class SnapshotFiles
{
    public static async Task ServeAsync(HttpContext context, SiteSnapshot snapshot)
    {
        var content = snapshot.Find(context.Request.Path.Value ?? "/", out var file);
        if (content is null || file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = SiteUrl.FileOf(SiteRoutes.NotFound);
            if (!snapshot.Files.TryGetValue(file, out content)) return;
        }
        ApplyHeaders(context, snapshot, "/" + file);
        context.Response.ContentType = ContentTypeOf(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(content).Replace("</body>", LiveReloadScript.Tag + "</body>", StringComparison.Ordinal);
            await context.Response.WriteAsync(html);
            return;
        }
        await context.Response.Body.WriteAsync(content);
    }

    private static void ApplyHeaders(HttpContext context, SiteSnapshot snapshot, string path)
    {
        if (!snapshot.Files.TryGetValue(SiteHeaders.FileName, out var headers)) return;
        foreach (var (pattern, rules) in SiteHeaders.Parse(Encoding.UTF8.GetString(headers)))
            if (SiteHeaders.Matches(pattern, path))
                foreach (var (name, value) in rules)
                    if (name != "Strict-Transport-Security") context.Response.Headers[name] = value;
        context.Response.Headers.CacheControl = "no-store";
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".txt" or "" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
