using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Rendering;

public sealed record GuidePageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    bool IsReport,
    ImmutableArray<KeyFindingView> KeyFindings,
    ImmutableArray<LinkView> Contents,
    ContentHtml BodyHtml,
    ImmutableArray<LinkView> Categories,
    ImmutableArray<LinkView> Terms,
    ImmutableArray<LinkView> ReferencedIn,
    ImmutableArray<SourceReference> Sources,
    DocumentDates Dates)
    : PageView(Site, Path, Title, Description, Breadcrumbs);

/// <summary>A report's finding as shown: the terms it rests on and the sources that back it.</summary>
public sealed record KeyFindingView(string Title, string Text, ImmutableArray<LinkView> Terms, ImmutableArray<SourceReference> Sources);
