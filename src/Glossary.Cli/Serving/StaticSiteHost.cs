using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Glossary.Linking;
using Glossary.Output;

namespace Glossary.Cli.Serving;

/// <summary>
/// Serves a built site folder on 127.0.0.1 with Kestrel, the way Netlify would: index.html for folders, the headers
/// of the site's own _headers file (so pages run under the real Content-Security-Policy), a form POST answered with
/// a redirect to the form's action page (as Netlify Forms does), and /404.html with status 404 for anything missing.
/// Given a path base ("/sub"), the site is served under it, as a host serves a site built for https://example.org/sub/,
/// and nothing outside it exists. Used by the browser and crawler tests and the search benchmark.
/// </summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="applyHeaders">False only for benchmarks that serve third-party tools the site's policy would block.</param>
    /// <param name="serveUnknownFileTypes">True only for such benchmarks, whose tools use their own file types.</param>
    /// <param name="pathBase">The path the site is served under ("" for the root, or such as "/sub").</param>
    public static async Task<StaticSiteHost> StartAsync(string root, int port = 0, bool applyHeaders = true, bool serveUnknownFileTypes = false,
        string pathBase = "")
    {
        var fullRoot = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = fullRoot, WebRootPath = fullRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(fullRoot);
        var headersFile = Path.Combine(fullRoot, SiteHeaders.FileName);
        var headerRules = applyHeaders && File.Exists(headersFile) ? SiteHeaders.Parse(File.ReadAllText(headersFile)) : [];
        if (pathBase.Length > 0)
            app.Use(async (context, next) =>
            {
                if (!context.Request.Path.StartsWithSegments(pathBase, out var rest))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                context.Request.PathBase = pathBase;
                context.Request.Path = rest.HasValue ? rest : "/";
                await next();
            });
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            context.Response.OnStarting(() =>
            {
                foreach (var (pattern, headers) in headerRules)
                    if (SiteHeaders.Matches(pattern, path))
                        foreach (var (name, value) in headers) context.Response.Headers[name] = value;
                return Task.CompletedTask;
            });
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync();
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = context.Request.PathBase + path;
                return;
            }
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = serveUnknownFileTypes, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(fullRoot, SiteUrl.FileOf(SiteRoutes.NotFound));
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
