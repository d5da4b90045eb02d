using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// A page's neighbourhood in the semantic network, ready to draw as inline SVG (coordinates already written in
/// invariant culture) with its text alternative: the same connections as lists grouped by kind.
/// </summary>
/// <param name="ExploreHref">The explorer at this view's share code: /network/#code.</param>
public sealed record NetworkFigureView(
    string Title,
    string ExploreHref,
    string ViewBox,
    int Width,
    int Height,
    FigureNodeView Focus,
    ImmutableArray<FigureNodeView> Nodes,
    ImmutableArray<FigureEdgeView> Edges,
    ImmutableArray<ConnectionGroupView> Groups);

/// <summary>
/// A node as drawn: its place, the short label beside it (the full title is its name) and its shape by kind: a circle
/// for an entry (<paramref name="Points"/> null), a square for a guide and a diamond for a report (a polygon's points).
/// </summary>
public sealed record FigureNodeView(string Title, string Label, LinkView Link, string Kind, string X, string Y, string LabelX, string LabelY, string? Points);

/// <summary>An edge as drawn from the focus: its kind (a class that sets colour and dashes) and its width by weight.</summary>
public sealed record FigureEdgeView(string X1, string Y1, string X2, string Y2, string Kind, string Width);

/// <summary>The connections of one kind, in the figure's order.</summary>
public sealed record ConnectionGroupView(string Kind, string Heading, ImmutableArray<ConnectionView> Items);

/// <summary>One connection in the text alternative; a relationship's label says how the two are connected.</summary>
public sealed record ConnectionView(LinkView Target, string? Label);
