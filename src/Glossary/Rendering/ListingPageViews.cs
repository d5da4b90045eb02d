using System.Collections.Immutable;

namespace Glossary.Rendering;

public sealed record HomePageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<LinkView> Categories,
    ImmutableArray<LinkView> Guides,
    ImmutableArray<DatedLinkView> RecentlyUpdated,
    int EntryCount)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record DatedLinkView(LinkView Link, DateOnly Date);

/// <summary>One letter of the A–Z index; a letter without entries is shown but not linked.</summary>
public sealed record LetterGroup(string Letter, string Id, ImmutableArray<AzItem> Items)
{
    public bool IsActive => !Items.IsEmpty;
}

/// <summary>A row of the A–Z index: an entry, or an alias that points to its entry ("IOP, see …").</summary>
public sealed record AzItem(string Name, LinkView Target, bool IsAlias);

public sealed record AzIndexPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<LetterGroup> Letters,
    int EntryCount)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record CategoryPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<LinkView> Entries,
    ImmutableArray<LinkView> Guides)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record CategoriesIndexPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<LinkView> Categories)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record GuidesIndexPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<LinkView> Guides,
    ImmutableArray<LinkView> Reports)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record ContentPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ContentHtml BodyHtml,
    DocumentDates Dates)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

public sealed record NotFoundPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

/// <summary>Where the feedback form lands ("Was this helpful?"), after Netlify Forms stores the answer.</summary>
public sealed record ThanksPageView(SiteView Site, string Path, string Title, string Description)
    : PageView(Site, Path, Title, Description, []);

/// <summary>/search/: the search box and results (search.js), with a no-JavaScript explanation and ways to browse.</summary>
public sealed record SearchPageView(SiteView Site, string Path, string Title, string Description, ImmutableArray<LinkView> Breadcrumbs, string IndexHref)
    : PageView(Site, Path, Title, Description, Breadcrumbs);
