using System.Text;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 11: files for crawlers, feed readers and hosts (robots.txt, sitemap.xml, _redirects, _headers), one for the
/// whole site, and each language's feed (feed.xml in its folder). <paramref name="views"/> are every language's.
/// </summary>
public static class EmitSiteFiles
{
    /// <param name="languages">The site's languages, the default one first.</param>
    /// <param name="reads">Where each file records what it reads of documents (a build kept for an update), or null.</param>
    /// <param name="only">The site paths of the files to make (an update: "/feed.xml"), or null for every file.</param>
    public static IReadOnlyList<OutputFile> Run(IReadOnlyList<LanguageSite> languages, IReadOnlyList<PageView> views, ReadLog? reads = null,
        IReadOnlySet<string>? only = null)
    {
        var site = languages[0].Site;
        var sitemap = SiteUrl.Absolute(site.Config.BaseUrl.ToString(), SiteRoutes.Sitemap);
        (string Route, Func<string> Text)[] files =
        [
            ("/_redirects", () => NetlifyRedirects(languages)),
            ("/" + SiteHeaders.FileName, SiteHeaders.ToHeadersFile),
            .. languages.Select(l => ("/" + l.Site.Config.OutputFolder + SiteRoutes.Feed.TrimStart('/'), (Func<string>)(() => AtomFeed.Write(l.Site)))),
            (SiteRoutes.Robots, () => $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"),
            (SiteRoutes.Sitemap, () => Sitemap(views)),
        ];
        return [.. files.Where(f => only is null || only.Contains(f.Route))
            .Select(f => Text(SiteUrl.FileOf(f.Route), ReadLog.Record(reads, f.Route, f.Text)))];
    }

    /// <summary>Netlify's _redirects: one permanent (301) rule per old address.</summary>
    private static string NetlifyRedirects(IReadOnlyList<LanguageSite> languages)
    {
        var sb = new StringBuilder("# Written by glossary build from redirect_from in front matter.\n");
        foreach (var (site, _, redirects) in languages)
            foreach (var redirect in redirects)
                sb.Append(SiteUrl.Href(site.Config.BasePath, redirect.From)).Append(' ').Append(SiteUrl.Href(site.Config.BasePath, redirect.To.Url)).Append(" 301\n");
        return sb.ToString();
    }

    private static string Sitemap(IReadOnlyList<PageView> views)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        // Pages in several languages list each version (Google's hreflang in sitemaps), the default one as x-default too.
        if (views.Any(v => !v.Alternates.IsEmpty)) sb.Append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        sb.Append(">\n");
        foreach (var view in views.Where(v => v is not (NotFoundPageView or RedirectPageView or ThanksPageView)).OrderBy(v => v.OutputPath, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(view.CanonicalUrl)).Append("</loc>");
            if (LastModified(view) is { } date) sb.Append("<lastmod>").Append(IsoDate.Format(date)).Append("</lastmod>");
            foreach (var alternate in view.Alternates)
                AlternateLink(sb, alternate.Code, alternate.Url);
            if (view.Alternates.FirstOrDefault(a => a.IsDefault) is { } defaultLanguage) AlternateLink(sb, "x-default", defaultLanguage.Url);
            sb.Append("</url>\n");
        }
        return sb.Append("</urlset>\n").ToString();
    }

    private static void AlternateLink(StringBuilder sb, string hreflang, string url) =>
        sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(hreflang).Append("\" href=\"")
            .Append(System.Security.SecurityElement.Escape(url)).Append("\"/>");

    private static DateOnly? LastModified(PageView view) => view switch
    {
        EntryPageView e => e.Dates.LastModified,
        GuidePageView g => g.Dates.LastModified,
        ContentPageView p => p.Dates.LastModified,
        _ => null,
    };

    private static OutputFile Text(string path, string content) => new(path, Encoding.UTF8.GetBytes(content));
}
