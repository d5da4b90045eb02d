using Glossary.Network;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>The graph's edges of each kind, built from a real site: links by count, related, findings, relationships; no category edges.</summary>
public sealed class SemanticGraphTests
{
    [Fact]
    public void Nodes_are_entries_guides_and_reports_in_title_order()
    {
        var (_, graph) = BuildGraph();
        Assert.Equal(["guides/report", "alpha", "beta", "delta", "epsilon", "gamma"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(NodeKind.Report, graph.NodeWithId("guides/report")!.Kind);
        Assert.Equal(Enumerable.Range(0, graph.Nodes.Length), graph.Nodes.Select(n => n.Index));
    }

    [Fact]
    public void A_link_edge_is_weighted_by_the_number_of_links()
    {
        var (_, graph) = BuildGraph();
        Assert.Equal(2, Assert.Single(Between(graph, "alpha", "beta"), e => e.Kind == EdgeKind.Link).Weight);
        Assert.Equal(1, Assert.Single(Between(graph, "alpha", "gamma"), e => e.Kind == EdgeKind.Link).Weight);
    }

    [Fact]
    public void Related_listed_both_ways_is_one_edge()
    {
        var (_, graph) = BuildGraph();
        var related = Assert.Single(Between(graph, "alpha", "gamma"), e => e.Kind == EdgeKind.Related);
        Assert.Equal(EdgeKind.Related.Weight(), related.Weight);
    }

    [Fact]
    public void A_key_finding_connects_the_report_to_each_of_its_terms()
    {
        var (_, graph) = BuildGraph();
        Assert.Single(Between(graph, "guides/report", "alpha"), e => e.Kind == EdgeKind.Finding);
        Assert.Single(Between(graph, "guides/report", "beta"), e => e.Kind == EdgeKind.Finding);
        Assert.DoesNotContain(Between(graph, "guides/report", "gamma"), e => e.Kind == EdgeKind.Finding);
    }

    [Fact]
    public void A_relationship_keeps_its_direction_and_label()
    {
        var (_, graph) = BuildGraph();
        var edge = Assert.Single(Between(graph, "alpha", "delta"));
        Assert.Equal(EdgeKind.Relationship, edge.Kind);
        Assert.Equal((graph.NodeWithId("alpha")!.Index, graph.NodeWithId("delta")!.Index), (edge.From, edge.To));
        Assert.Equal("alpha shapes delta", edge.Relationship!.Label);
    }

    [Fact]
    public void A_shared_category_is_not_an_edge()
    {
        var (_, graph) = BuildGraph();
        Assert.Empty(graph.EdgesOf(graph.NodeWithId("epsilon")!.Index));
    }

    [Fact]
    public void A_neighbourhood_is_heaviest_first_then_by_title_and_at_most_eleven_neighbours()
    {
        var (_, graph) = BuildGraph();
        var hood = Neighbourhood.Of(graph, graph.NodeWithId("alpha")!);
        // delta: relationship 4; gamma: related 3 + one link (a tie, Delta first by title); the report: finding 2 + the
        // link its finding makes; beta: two links.
        Assert.Equal(["delta", "gamma", "guides/report", "beta"], hood.Neighbours.Select(n => n.Node.Id));
        Assert.Equal([4, 4, 3, 2], hood.Neighbours.Select(n => n.Weight));

        var many = new Support.TestSite();
        for (var i = 0; i < 15; i++) many.WithEntry($"t{i:00}", $"Term {i:00}");
        many.WithEntry("hub", "Hub", body: string.Join(" ", Enumerable.Range(0, 15).Select(i => $"[[t{i:00}]]")));
        var (_, big) = BuildGraph(many);
        var hub = Neighbourhood.Of(big, big.NodeWithId("hub")!);
        Assert.Equal(Neighbourhood.MaxNodes - 1, hub.Neighbours.Length);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"t{i:00}"), hub.Neighbours.Select(n => n.Node.Id));
    }
}
