using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// One page of a letter of the network (/network/a/, /network/a/2/): the pages whose titles start with it, each with
/// its closest connections, the letters to go on to and, when the letter has several pages, each of them.
/// </summary>
public sealed record NetworkLetterPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<NetworkLetterLinkView> Letters,
    ImmutableArray<NetworkLetterLinkView> Parts,
    ImmutableArray<NetworkListItemView> Items)
    : PageView(Site, Path, Title, Description, Breadcrumbs);
