using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;

namespace Glossary.Network;

/// <summary>
/// Builds the <see cref="SemanticGraph"/> from what the site already knows: the link graph (weighted by the number of
/// links), 'related', reports' key findings and 'relationships'. Pure and linear in the number of pages and edges.
/// </summary>
public static class SemanticGraphBuilder
{
    public static SemanticGraph Build(Site site, LinkGraph links)
    {
        var documents = site.Documents.Where(d => d.Kind is DocumentKind.Entry or DocumentKind.Guide).Order(DocumentOrder.ByTitle).ToList();
        var nodes = documents.Select((d, i) => new NetworkNode(i, NetworkNode.IdOf(d), NetworkNode.KindOf(d), d)).ToImmutableArray();
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes) index[node.Document.Url] = node.Index;

        var weights = new Dictionary<(int A, int B, EdgeKind Kind), int>();
        var relationships = new Dictionary<(int From, int To, string Label), Relationship>();
        int? IndexOf(ContentDocument d) => index.TryGetValue(d.Url, out var i) ? i : null;
        int? TermIndex(string name) => site.Terms.Lookup(name) is [var entry] ? IndexOf(entry) : null;
        void Add(int a, int b, EdgeKind kind, int weight, bool sum)
        {
            if (a == b) return;
            var key = a < b ? (a, b, kind) : (b, a, kind);
            weights[key] = sum ? weights.GetValueOrDefault(key) + weight : weight;
        }

        foreach (var node in nodes)
        {
            var d = node.Document;
            foreach (var target in links.LinksFrom(d))
                if (IndexOf(target) is { } to) Add(node.Index, to, EdgeKind.Link, links.CountOfLink(d, target), sum: true);
            foreach (var name in d.Meta.Related)
                if (TermIndex(name.Value) is { } to) Add(node.Index, to, EdgeKind.Related, EdgeKind.Related.Weight(), sum: false);
            foreach (var term in d.Meta.KeyFindings.SelectMany(f => f.Terms))
                if (TermIndex(term.Value) is { } to) Add(node.Index, to, EdgeKind.Finding, EdgeKind.Finding.Weight(), sum: true);
            foreach (var r in d.Meta.Relationships)
                if (TermIndex(r.From.Value) is { } from && TermIndex(r.To.Value) is { } to && from != to)
                    relationships.TryAdd((from, to, r.Label), r);
        }

        var edges = weights.Select(w => new NetworkEdge(w.Key.A, w.Key.B, w.Key.Kind, w.Value))
            .Concat(relationships.Select(r => new NetworkEdge(r.Key.From, r.Key.To, EdgeKind.Relationship, EdgeKind.Relationship.Weight(), r.Value)))
            .OrderBy(e => Math.Min(e.From, e.To)).ThenBy(e => Math.Max(e.From, e.To)).ThenBy(e => e.Kind)
            .ThenBy(e => e.From).ThenBy(e => e.Relationship?.Label, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SemanticGraph(nodes, edges);
    }
}
