using System.Collections.Immutable;

namespace Glossary.Network;

/// <summary>A node next to the focus: the sum of the weights of the edges between them, and those edges.</summary>
public sealed record Neighbour(NetworkNode Node, int Weight, ImmutableArray<NetworkEdge> Edges)
{
    /// <summary>The strongest kind among the edges, in <see cref="EdgeKinds.All"/> order: the one a figure draws.</summary>
    public EdgeKind MainKind => EdgeKinds.All.First(k => Edges.Any(e => e.Kind == k));
}

/// <summary>A node and its closest neighbours, as the figure on its page shows them.</summary>
public sealed record Neighbourhood(NetworkNode Focus, ImmutableArray<Neighbour> Neighbours)
{
    /// <summary>At most this many nodes in a figure, the focus included: more would not be readable on a phone.</summary>
    public const int MaxNodes = 12;

    /// <summary>
    /// The focus's neighbours by weight, heaviest first, ties by <see cref="Content.DocumentOrder.ByTitle"/> (the
    /// nodes' order), at most <paramref name="max"/>. Linear in the focus's edges, plus sorting its neighbours.
    /// </summary>
    public static Neighbourhood Of(SemanticGraph graph, NetworkNode focus, int max = MaxNodes - 1)
    {
        var byNode = new Dictionary<int, (int Weight, List<NetworkEdge> Edges)>();
        foreach (var edge in graph.EdgesOf(focus.Index))
        {
            var other = edge.Other(focus.Index);
            var (weight, edges) = byNode.TryGetValue(other, out var found) ? found : (0, new List<NetworkEdge>());
            edges.Add(edge);
            byNode[other] = (weight + edge.Weight, edges);
        }
        var neighbours = byNode
            .OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Key)
            .Take(max)
            .Select(p => new Neighbour(graph.Nodes[p.Key], p.Value.Weight, [.. p.Value.Edges]))
            .ToImmutableArray();
        return new Neighbourhood(focus, neighbours);
    }
}
