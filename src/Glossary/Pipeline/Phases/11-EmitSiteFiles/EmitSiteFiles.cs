using System.Text;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>Phase 11: files for crawlers, feed readers and hosts (robots.txt, sitemap.xml, feed.xml, _redirects, _headers).</summary>
public static class EmitSiteFiles
{
    /// <param name="reads">Where each file records what it reads of documents (a build kept for an update), or null.</param>
    /// <param name="only">The site paths of the files to make (an update: "/feed.xml"), or null for every file.</param>
    public static IReadOnlyList<OutputFile> Run(Site site, IReadOnlyList<PageView> views, IReadOnlyList<Redirect> redirects, ReadLog? reads = null,
        IReadOnlySet<string>? only = null)
    {
        var sitemap = SiteUrl.Absolute(site.Config.BaseUrl.ToString(), SiteRoutes.Sitemap);
        (string Route, Func<string> Text)[] files =
        [
            ("/_redirects", () => NetlifyRedirects(site, redirects)),
            ("/" + SiteHeaders.FileName, SiteHeaders.ToHeadersFile),
            (SiteRoutes.Feed, () => AtomFeed.Write(site)),
            (SiteRoutes.Robots, () => $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"),
            (SiteRoutes.Sitemap, () => Sitemap(views)),
        ];
        return [.. files.Where(f => only is null || only.Contains(f.Route))
            .Select(f => Text(SiteUrl.FileOf(f.Route), ReadLog.Record(reads, f.Route, f.Text)))];
    }

    /// <summary>Netlify's _redirects: one permanent (301) rule per old address.</summary>
    private static string NetlifyRedirects(Site site, IReadOnlyList<Redirect> redirects)
    {
        var sb = new StringBuilder("# Written by glossary build from redirect_from in front matter.\n");
        var basePath = site.Config.BasePath;
        foreach (var redirect in redirects)
            sb.Append(SiteUrl.Href(basePath, redirect.From)).Append(' ').Append(SiteUrl.Href(basePath, redirect.To.Url)).Append(" 301\n");
        return sb.ToString();
    }

    private static string Sitemap(IReadOnlyList<PageView> views)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var view in views.Where(v => v is not (NotFoundPageView or RedirectPageView or ThanksPageView)).OrderBy(v => v.Path, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(view.CanonicalUrl)).Append("</loc>");
            if (LastModified(view) is { } date) sb.Append("<lastmod>").Append(IsoDate.Format(date)).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        return sb.Append("</urlset>\n").ToString();
    }

    private static DateOnly? LastModified(PageView view) => view switch
    {
        EntryPageView e => e.Dates.LastModified,
        GuidePageView g => g.Dates.LastModified,
        ContentPageView p => p.Dates.LastModified,
        _ => null,
    };

    private static OutputFile Text(string path, string content) => new(path, Encoding.UTF8.GetBytes(content));
}
