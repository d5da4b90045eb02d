using System.Text;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Text;

namespace Glossary.Modules;

/// <summary>
/// PostProcess phase: files for crawlers and hosts (robots.txt, sitemap.xml, _redirects, _headers), one for the whole
/// site: <paramref name="views"/> and <paramref name="redirects"/> are every language's (each language has its own feed).
/// </summary>
public static class EmitSiteFiles
{
    public static IEnumerable<OutputFile> Execute(Site site, IReadOnlyList<PageView> views, IReadOnlyList<(Configuration.SiteConfig Language, Redirect Redirect)> redirects)
    {
        yield return Text("_redirects", NetlifyRedirects(redirects));
        yield return Text(SiteHeaders.FileName, SiteHeaders.ToHeadersFile());
        var sitemap = SiteUrl.Absolute(site.Config.BaseUrl.ToString(), SiteRoutes.Sitemap);
        yield return Text(SiteUrl.FileOf(SiteRoutes.Robots), $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n");
        yield return Text(SiteUrl.FileOf(SiteRoutes.Sitemap), Sitemap(views));
    }

    /// <summary>Netlify's _redirects: one permanent (301) rule per old address.</summary>
    private static string NetlifyRedirects(IReadOnlyList<(Configuration.SiteConfig Language, Redirect Redirect)> redirects)
    {
        var sb = new StringBuilder("# Written by glossary build from redirect_from in front matter.\n");
        foreach (var (language, redirect) in redirects)
            sb.Append(SiteUrl.Href(language.BasePath, redirect.From)).Append(' ').Append(SiteUrl.Href(language.BasePath, redirect.To.Url)).Append(" 301\n");
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
