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
    : PageView(Site, Path, Title, Description, Breadcrumbs)
{
    /// <summary>A report's neighbourhood in the semantic network: its findings' terms first among its connections.</summary>
    public NetworkFigureSource? Network { get; init; }

    /// <summary>How many connections the report makes: each finding to each of its terms, and each relationship.</summary>
    public int ThematicConnections { get; init; }

    /// <summary>The relationships the page explains ("relationship highlights").</summary>
    public ImmutableArray<RelationshipHighlightView> Highlights { get; init; } = [];
}

/// <summary>One explained connection as shown: the two entries, the label, the text and the sources that back it.</summary>
public sealed record RelationshipHighlightView(LinkView From, LinkView To, string Label, string Text, ImmutableArray<SourceReference> Sources);

/// <summary>A report's finding as shown: the terms it rests on and the sources that back it.</summary>
public sealed record KeyFindingView(string Title, string Text, ImmutableArray<LinkView> Terms, ImmutableArray<SourceReference> Sources);
