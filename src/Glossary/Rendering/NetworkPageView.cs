using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// The explorer at /network/. Without JavaScript it links to the letters' pages (<see cref="NetworkLetterPageView"/>),
/// which list every page with its connections; its script reads the network's data (<paramref name="DataHref"/>, a
/// folder) and the table of share codes (<paramref name="CodesHref"/>, a folder of shards).
/// </summary>
public sealed record NetworkPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<NetworkLetterLinkView> Letters,
    string DataHref,
    string CodesHref)
    : PageView(Site, Path, Title, Description, Breadcrumbs)
{
    /// <summary>The explorer's own scripts, loaded on this page only (every other page stays within its budget).</summary>
    public ImmutableArray<string> Scripts { get; init; } = [];

    /// <summary>The kinds of connection a reader can show or hide: code and name.</summary>
    public ImmutableArray<(string Code, string Text)> Kinds { get; init; } = [];
}

/// <summary>A letter of the network's index: its label ("A", "0–9"), its first page (null when no title starts with it) and whether it is the page's own.</summary>
public sealed record NetworkLetterLinkView(string Label, string? Href, bool IsCurrent = false);

/// <summary>One page in a letter's list: its kind, its link, its share code and its closest connections.</summary>
public sealed record NetworkListItemView(LinkView Page, string Kind, string Code, ImmutableArray<LinkView> Connections);
