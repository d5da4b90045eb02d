using Glossary.Network;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Network;

/// <summary>
/// A small site with one edge of each kind: Alpha links to Beta twice (by title and by slug) and to Gamma once;
/// Alpha and Gamma list each other as related; a report's finding rests on Alpha and Beta; the report explains how
/// Alpha leads to Delta. Epsilon shares Alpha's category and nothing else.
/// </summary>
public static class NetworkFixture
{
    public static TestSite Site() => new TestSite()
        .WithEntry("alpha", "Alpha", body: "See [[Beta]], again [[beta]], and [[Gamma]].", extraFrontMatter: "related: [gamma]")
        .WithEntry("beta", "Beta")
        .WithEntry("gamma", "Gamma", extraFrontMatter: "related: [alpha]")
        .WithEntry("delta", "Delta")
        .WithEntry("epsilon", "Epsilon")
        .With("guides/report.md", "---\ntitle: A report\nsummary: A report.\nkind: report\nkey_findings:\n  - title: F\n    text: T.\n    terms: [alpha, beta]\n"
            + RelationshipFrontMatterTests.RelationshipYaml("alpha", "Delta", label: "alpha shapes delta") + "\n---\n\nText.\n");

    public static (BuildResult Result, SemanticGraph Graph) BuildGraph(TestSite? site = null)
    {
        var result = (site ?? Site()).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var state = result.State!;
        return (result, SemanticGraphBuilder.Build(state.Site, state.Links.Graph));
    }

    public static IEnumerable<NetworkEdge> Between(SemanticGraph graph, string a, string b)
    {
        var (x, y) = (graph.NodeWithId(a)!.Index, graph.NodeWithId(b)!.Index);
        return graph.Edges.Where(e => (e.From == x && e.To == y) || (e.From == y && e.To == x));
    }
}
