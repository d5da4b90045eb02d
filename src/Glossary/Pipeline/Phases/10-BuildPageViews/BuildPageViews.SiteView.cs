using Glossary.Content;
using Glossary.Explain;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>What every page of a language knows of its site (<see cref="SiteView"/>) and the links written in site.yml.</summary>
public sealed partial class BuildPageViews
{
    private static SiteView CreateSiteView(Site site, FingerprintedAssets assets)
    {
        var config = site.Config;
        var routes = new SiteRoutes(site);
        return new SiteView(
            config.Title,
            config.Description,
            config.Organization,
            config.Language,
            config.BaseUrl.ToString(),
            config.BasePath,
            [.. config.Navigation.Select(n => LinkFrom(n, config, routes))],
            [.. config.Categories.Select(c => new LinkView(c.Name, SiteUrl.Href(config.BasePath, SiteRoutes.CategoryUrl(c.Slug)), c.Description))],
            SiteUrl.Href(config.RootBasePath, assets.PathOf("site.css")),
            SiteUrl.Href(config.RootBasePath, assets.PathOf("favicon.svg")),
            // The reader of data-text-* (data-text.js) first: the other scripts use it.
            [.. assets.PathsWithExtension(".js").Except(ExplainPageView.Scripts.Concat(NetworkScripts).Select(assets.PathOf))
                .OrderBy(p => p != assets.PathOf("data-text.js")).Select(p => SiteUrl.Href(config.RootBasePath, p))])
        {
            Text = config.Strings,
            OutputFolder = config.OutputFolder,
            ExplainHref = SiteUrl.Href(site.Fallback is null ? config.BasePath : config.RootBasePath, SiteRoutes.Explain),
            ExplainLanguage = site.Fallback?.Config.Language,
            CrisisCallout = config.Crisis is { } c
                ? new CrisisCalloutView(c.Heading, c.Text, c.Phone, c.Link is { } link ? LinkFrom(link, config, routes) : null)
                : null,
        };
    }

    /// <summary>
    /// A link written in site.yml: site paths ("/about/") get the base path, other addresses stay as written. In a
    /// translation, a site path leads to the translated page when there is one, else to the default language's.
    /// </summary>
    private static LinkView LinkFrom(Configuration.NavigationLink link, Configuration.SiteConfig config, SiteRoutes routes) =>
        new(link.Title, SiteUrl.KindOf(link.Url) != UrlKind.SitePath ? link.Url
            : SiteUrl.Href(routes.Exists(link.Url) ? config.BasePath : config.RootBasePath, link.Url));
}
