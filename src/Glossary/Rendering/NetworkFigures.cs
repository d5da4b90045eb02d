using System.Collections.Immutable;
using System.Globalization;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Network;

namespace Glossary.Rendering;

/// <summary>Turns a page's <see cref="Neighbourhood"/>, laid out by <see cref="FanLayout"/>, into the view its figure is drawn from.</summary>
public sealed class NetworkFigures(SemanticGraph graph, SiteView site)
{
    private const int MaxLabel = 24;

    // Each node's neighbourhood, computed once whoever asks first (its figure, the explorer's list); idempotent, so a
    // race between threads only computes one twice.
    private readonly Neighbourhood?[] _hoods = new Neighbourhood?[graph.Nodes.Length];

    public SemanticGraph Graph => graph;

    public Neighbourhood HoodOf(NetworkNode node) => _hoods[node.Index] ??= Neighbourhood.Of(graph, node);

    /// <summary>
    /// The figure for <paramref name="document"/>, drawn when asked (<see cref="NetworkFigureSource"/>), or null when
    /// it is not in the network or has no neighbours.
    /// </summary>
    public NetworkFigureSource? For(ContentDocument document)
    {
        if (graph.NodeOf(document) is not { } node) return null;
        var hood = HoodOf(node);
        return hood.Neighbours.IsEmpty ? null : new NetworkFigureSource(() => Draw(document, node, hood));
    }

    private NetworkFigureView Draw(ContentDocument document, NetworkNode node, Neighbourhood hood)
    {
        var (focus, placed) = FanLayout.Place(hood);
        var focusView = NodeView(focus);
        var nodes = placed.Select(NodeView).ToImmutableArray();
        var edges = placed.Select((p, i) => new FigureEdgeView(focusView.X, focusView.Y, Number(p.X), Number(p.Y),
            hood.Neighbours[i].MainKind.Code(), Number(Math.Min(1 + hood.Neighbours[i].Weight / 2.0, 5)))).ToImmutableArray();
        return new NetworkFigureView(document.Title, ExploreHref(NetworkView.Default(node.Id)),
            $"0 0 {FanLayout.Width} {FanLayout.Height}", FanLayout.Width, FanLayout.Height, focusView, nodes, edges, Groups(hood));
    }

    /// <summary>
    /// <paramref name="nodes"/>, in the order given, each with its default view's code and its closest connections, as
    /// plain links: a letter's page holds about 1,200 of them, and a preview's summary each would double its size.
    /// Deferred: each is made when the sequence is read, as the page renders.
    /// </summary>
    public IEnumerable<NetworkListItemView> ListItems(ImmutableArray<NetworkNode> nodes) =>
        nodes.Select(n => new NetworkListItemView(LinkTo(n) with { TermId = null }, KindCode(n.Kind), NetworkView.Default(n.Id).Code,
            [.. HoodOf(n).Neighbours.Select(x => LinkTo(x.Node) with { TermId = null })]));

    /// <summary>The entries a page's figure links to, whose summaries the page must hold for their links' descriptions.</summary>
    public IEnumerable<ContentDocument> EntriesShownWith(ContentDocument document) =>
        graph.NodeOf(document) is { } node
            ? HoodOf(node).Neighbours.Select(n => n.Node.Document).Where(d => d.Kind == DocumentKind.Entry)
            : [];

    private LinkView LinkTo(NetworkNode node) =>
        new(node.Document.Title, site.Href(node.Document.Url), null, node.Kind == NodeKind.Entry ? TermIds.For(node.Document) : null);

    public string ExploreHref(NetworkView view) => site.Href(SiteRoutes.Network) + "#" + view.Code;

    private FigureNodeView NodeView(PlacedNode p)
    {
        var title = p.Node.Document.Title;
        var label = title.Length <= MaxLabel ? title : title[..(MaxLabel - 1)].TrimEnd() + "…";
        return new FigureNodeView(title, label, LinkTo(p.Node), KindCode(p.Node.Kind),
            Number(p.X), Number(p.Y), Number(p.X + 13), Number(p.Y + 5), Shape(p));
    }

    /// <summary>A guide's square or a report's diamond, as polygon points; null for an entry's circle.</summary>
    private static string? Shape(PlacedNode p)
    {
        (double X, double Y)[]? corners = p.Node.Kind switch
        {
            NodeKind.Guide => [(-8, -8), (8, -8), (8, 8), (-8, 8)],
            NodeKind.Report => [(0, -10), (10, 0), (0, 10), (-10, 0)],
            _ => null,
        };
        return corners is null ? null : string.Join(' ', corners.Select(c => Number(p.X + c.X) + "," + Number(p.Y + c.Y)));
    }

    private ImmutableArray<ConnectionGroupView> Groups(Neighbourhood hood) =>
    [
        .. EdgeKinds.All.Select(kind => new ConnectionGroupView(kind.Code(), site.Text[kind.TextKey()],
            [.. hood.Neighbours.SelectMany(n => n.Edges.Where(e => e.Kind == kind).Select(e => Connection(hood.Focus, n, e))).Distinct()]))
            .Where(g => !g.Items.IsEmpty),
    ];

    private ConnectionView Connection(NetworkNode focus, Neighbour neighbour, NetworkEdge edge)
    {
        var target = LinkTo(neighbour.Node);
        if (edge.Relationship is not { } r) return new ConnectionView(target, null);
        return new ConnectionView(target, site.Text.Format(edge.From == focus.Index ? "network_leads_to" : "network_comes_from", r.Label));
    }

    public static string KindCode(NodeKind kind) => kind switch
    {
        NodeKind.Entry => "entry",
        NodeKind.Guide => "guide",
        _ => "report",
    };

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
