using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Rendering;

public sealed record EntryPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<string> Aliases,
    ContentHtml BodyHtml,
    ImmutableArray<LinkView> Categories,
    ImmutableArray<LinkView> Related,
    ImmutableArray<LinkView> ReferencedIn,
    ImmutableArray<SourceReference> Sources,
    DocumentDates Dates)
    : PageView(Site, Path, Title, Description, Breadcrumbs)
{
    /// <summary>The entry's neighbourhood in the semantic network, when it has one.</summary>
    public NetworkFigureSource? Network { get; init; }
}
