using System.Collections.Immutable;
using Glossary.Linking;

namespace Glossary.Rendering;

/// <summary>What every page knows of the site: name, navigation, categories and fingerprinted asset URLs.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Organization,
    string Language,
    string BaseUrl,
    string BasePath,
    ImmutableArray<LinkView> Navigation,
    ImmutableArray<LinkView> Categories,
    string StylesheetHref,
    string IconHref,
    ImmutableArray<string> ScriptHrefs)
{
    /// <summary>The theme's texts in the site's language.</summary>
    public Languages.ThemeStrings Text { get; init; } = Languages.ThemeStrings.English;

    /// <summary>Where the pages of this language go in the output ("" or "es/").</summary>
    public string OutputFolder { get; init; } = "";

    /// <summary>"Explain my letter" (/explain/). Its data is English, so a translation links to the default language's page.</summary>
    public string ExplainHref { get; init; } = SiteUrl.Href(BasePath, SiteRoutes.Explain);

    /// <summary>The language of <see cref="ExplainHref"/>'s page when it is not this site's (marked like a link to an untranslated term).</summary>
    public string? ExplainLanguage { get; init; }

    /// <summary>
    /// The semantic network's explorer (/network/) and its code table, for codes typed into search: each language's
    /// own (/es/network/), so a code typed on a Spanish page opens the Spanish view.
    /// </summary>
    public string NetworkHref { get; init; } = SiteUrl.Href(BasePath, SiteRoutes.Network);

    /// <inheritdoc cref="NetworkHref"/>
    public string NetworkCodesHref { get; init; } = SiteUrl.Href(BasePath, "/" + Network.NetworkData.CodesFolder + "/");

    /// <summary>The crisis-help note, shown on pages whose <see cref="PageView.ShowsCrisisCallout"/> is set.</summary>
    public CrisisCalloutView? CrisisCallout { get; init; }

    /// <summary>The hrefs of the generated pages (A–Z index, guides, search, feed…), base path included.</summary>
    public RouteHrefs Routes { get; } = new(BasePath);

    /// <summary>A site-relative path ("/glossary/") as an href that works under the base path.</summary>
    public string Href(string path) => SiteUrl.Href(BasePath, path);

    /// <summary>A site-relative path as an absolute URL, for canonical links and feeds.</summary>
    public string AbsoluteUrl(string path) => SiteUrl.Absolute(BaseUrl, path);
}
