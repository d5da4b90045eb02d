using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// One page of a letter of the network (/network/a/, /network/a/2/): the pages whose titles start with it, each with
/// its closest connections, the letters to go on to and, when the letter has several pages, each of them.
/// </summary>
/// <param name="Items">Made as the page renders (a deferred sequence): a build holds every view at once, and the items
/// of all letters' pages, a link to each page and its closest connections each, are as many as the site's pages.</param>
public sealed record NetworkLetterPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<NetworkLetterLinkView> Letters,
    ImmutableArray<NetworkLetterLinkView> Parts,
    IEnumerable<NetworkListItemView> Items)
    : PageView(Site, Path, Title, Description, Breadcrumbs);
