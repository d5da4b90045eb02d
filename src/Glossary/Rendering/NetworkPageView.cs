using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// The explorer at /network/. Without JavaScript it lists every page with its connections; its script reads the graph
/// (<paramref name="DataHref"/>) and the table of share codes (<paramref name="CodesHref"/>, a folder of shards).
/// </summary>
public sealed record NetworkPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<NetworkListItemView> Items,
    string DataHref,
    string CodesHref)
    : PageView(Site, Path, Title, Description, Breadcrumbs)
{
    /// <summary>The explorer's own scripts, loaded on this page only (every other page stays within its budget).</summary>
    public ImmutableArray<string> Scripts { get; init; } = [];

    /// <summary>The kinds of connection a reader can show or hide: code and name.</summary>
    public ImmutableArray<(string Code, string Text)> Kinds { get; init; } = [];
}

/// <summary>One page in the explorer's list: its kind, its link, its share code and its closest connections.</summary>
public sealed record NetworkListItemView(LinkView Page, string Kind, string Code, ImmutableArray<LinkView> Connections);
