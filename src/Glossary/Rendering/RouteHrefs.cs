using Glossary.Linking;

namespace Glossary.Rendering;

/// <summary>
/// The hrefs of the pages the build generates (the A–Z index, the guides, search…), base path included, so the theme
/// links to them without writing an address itself (<see cref="SiteRoutes"/> holds the addresses).
/// </summary>
public sealed class RouteHrefs(string basePath)
{
    public string Home { get; } = SiteUrl.Href(basePath, SiteRoutes.Home);
    public string Glossary { get; } = SiteUrl.Href(basePath, SiteRoutes.Glossary);
    public string Guides { get; } = SiteUrl.Href(basePath, SiteRoutes.Guides);
    public string Categories { get; } = SiteUrl.Href(basePath, SiteRoutes.Categories);
    public string Search { get; } = SiteUrl.Href(basePath, SiteRoutes.Search);
    public string Explain { get; } = SiteUrl.Href(basePath, SiteRoutes.Explain);
    public string Thanks { get; } = SiteUrl.Href(basePath, SiteRoutes.Thanks);
    public string Feed { get; } = SiteUrl.Href(basePath, SiteRoutes.Feed);

    public string Category(string slug) => SiteUrl.Href(basePath, SiteRoutes.CategoryUrl(slug));
}
