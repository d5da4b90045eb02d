using System.Collections.Immutable;
using Glossary.Linking;

namespace Glossary.Rendering;

/// <summary>The part every page view shares: where it lives, what it is called, how a reader got there.</summary>
public abstract record PageView(SiteView Site, string Path, string Title, string Description, ImmutableArray<LinkView> Breadcrumbs)
{
    /// <summary>
    /// The output file, relative to the output folder: "/glossary/iop/" becomes "glossary/iop/index.html" (in a
    /// translation's folder, "es/glossary/iop/index.html").
    /// </summary>
    public string OutputPath => Site.OutputFolder + SiteUrl.FileOf(Path);

    public string CanonicalUrl => Site.AbsoluteUrl(Path);

    /// <summary>Category slug to highlight in the navigation, when the page belongs to one.</summary>
    public string? CurrentCategory { get; init; }

    /// <summary>Whether the site's crisis-help note shows near the top of this page.</summary>
    public bool ShowsCrisisCallout { get; init; }

    /// <summary>This page in each of the site's languages (hreflang links, the language switch, the sitemap); empty for a one-language page.</summary>
    public ImmutableArray<AlternateView> Alternates { get; init; } = [];

    /// <summary>Summaries of entries linked on this page that are not already shown next to their link.</summary>
    public ImmutableArray<TermSummary> TermSummaries { get; init; } = [];
}
