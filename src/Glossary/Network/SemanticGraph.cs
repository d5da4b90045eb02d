using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Network;

/// <summary>
/// The semantic network: entries, guides and reports, and the edges between them (<see cref="EdgeKind"/>). Nodes are in
/// <see cref="DocumentOrder.ByTitle"/> order, so a node's index is also its place in any tie. Immutable; built by
/// <see cref="SemanticGraphBuilder"/>.
/// </summary>
public sealed class SemanticGraph
{
    private readonly FrozenDictionary<string, NetworkNode> _byUrl;
    private readonly FrozenDictionary<string, NetworkNode> _byId;
    private readonly ImmutableArray<int>[] _edgesOf;

    public SemanticGraph(ImmutableArray<NetworkNode> nodes, ImmutableArray<NetworkEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
        _byUrl = nodes.ToFrozenDictionary(n => n.Document.Url, StringComparer.Ordinal);
        _byId = nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        var lists = new List<int>[nodes.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            (lists[edges[i].From] ??= []).Add(i);
            if (edges[i].To != edges[i].From) (lists[edges[i].To] ??= []).Add(i);
        }
        _edgesOf = [.. lists.Select(l => l is null ? ImmutableArray<int>.Empty : [.. l])];
    }

    public ImmutableArray<NetworkNode> Nodes { get; }

    /// <summary>Every edge, sorted by its nodes, kind and label, so the graph is the same every build.</summary>
    public ImmutableArray<NetworkEdge> Edges { get; }

    public NetworkNode? NodeOf(ContentDocument document) => _byUrl.GetValueOrDefault(document.Url);

    public NetworkNode? NodeWithId(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The edges that touch <paramref name="node"/>, in <see cref="Edges"/> order.</summary>
    public IEnumerable<NetworkEdge> EdgesOf(int node) => _edgesOf[node].Select(i => Edges[i]);

    /// <summary>The edges that touch any of <paramref name="nodes"/>, each once, in <see cref="Edges"/> order.</summary>
    public IEnumerable<NetworkEdge> EdgesOfAny(IEnumerable<int> nodes) =>
        nodes.SelectMany(n => _edgesOf[n]).Distinct().Order().Select(i => Edges[i]);

    /// <summary>
    /// The documents whose edges (ends, kind, weight, label) differ between two graphs of the same pages, as an edit
    /// that keeps every title leaves them; all of them when the pages differ.
    /// </summary>
    public static IEnumerable<Content.ContentDocument> Changed(SemanticGraph before, SemanticGraph after)
    {
        if (before.Nodes.Length != after.Nodes.Length || before.Nodes.Zip(after.Nodes).Any(p => p.First.Id != p.Second.Id))
            return after.Nodes.Select(n => n.Document);
        return after.Nodes.Where(n => !before.EdgesOf(n.Index).Select(Key).SequenceEqual(after.EdgesOf(n.Index).Select(Key))).Select(n => n.Document);
    }

    private static (int, int, EdgeKind, int, string?) Key(NetworkEdge e) => (e.From, e.To, e.Kind, e.Weight, e.Relationship?.Label);
}
