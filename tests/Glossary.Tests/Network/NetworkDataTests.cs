using System.Text;
using System.Text.Json;
using Glossary.Network;
using Glossary.Tests.Support;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>
/// The explorer's data: the pages in one compact list, and their edges in shards of <see cref="NetworkData.NodesPerShard"/>
/// pages, so a view fetches the edges of the pages it shows instead of the whole graph.
/// </summary>
public class NetworkDataTests
{
    [Fact]
    public void The_pages_are_listed_once_and_each_shard_holds_exactly_the_edges_of_its_pages_in_the_graphs_order()
    {
        var site = new TestSite();
        for (var i = 0; i < 2 * NetworkData.NodesPerShard + 3; i++)
            site = site.WithEntry($"t{i:D3}", $"Term {i:D3}", body: $"See [[Term {(i * 7 + 3) % 67:D3}]] and [[Term {(i + 40) % 67:D3}]].");
        var (result, graph) = BuildGraph(site);

        using var nodes = JsonDocument.Parse(Bytes(result, "network/data/nodes.json"));
        Assert.Equal(NetworkData.NodesPerShard, nodes.RootElement.GetProperty("perShard").GetInt32());
        Assert.Equal(graph.Nodes.Select(n => n.Id), nodes.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n[0].GetString()));
        Assert.Equal("/glossary/t000/", nodes.RootElement.GetProperty("nodes")[0][2].GetString());

        var all = new List<string>();
        for (var shard = 0; shard < 3; shard++)
        {
            using var edges = JsonDocument.Parse(Bytes(result, $"network/data/e-{shard}.json"));
            var listed = edges.RootElement.EnumerateArray().Select(e => (From: e[0].GetInt32(), To: e[1].GetInt32(), e.GetRawText())).ToList();
            var expected = graph.Edges.Where(e => e.From / NetworkData.NodesPerShard == shard || e.To / NetworkData.NodesPerShard == shard)
                .Select(e => $"[{e.From},{e.To},{(int)e.Kind},{e.Weight}]").ToList();
            Assert.Equal(expected, listed.Select(l => l.Item3));
            all.AddRange(listed.Select(l => l.Item3));
        }
        Assert.DoesNotContain(result.Paths, p => p == "network/data/e-3.json" || p == "network/graph.json");
        Assert.Equal(graph.Edges.Length, all.Distinct().Count());
    }

    [Fact]
    public void A_relationship_keeps_its_label_in_the_shards_of_both_its_pages()
    {
        var (result, graph) = BuildGraph();
        var edge = graph.Edges.Single(e => e.Kind == EdgeKind.Relationship);
        Assert.Contains($"[{edge.From},{edge.To},{(int)EdgeKind.Relationship},{edge.Weight},\"alpha shapes delta\"]", Encoding.UTF8.GetString(Bytes(result, "network/data/e-0.json")));
    }

    [Fact]
    public void One_script_reads_the_pages_data_text_attributes()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "theme", "Glossary.Theme", "wwwroot", "js"), "*.js");
        Assert.Equal(["data-text.js"], scripts.Where(s => File.ReadAllText(s).Contains("\"data-text-\"", StringComparison.Ordinal)).Select(Path.GetFileName));
    }

    private static byte[] Bytes(Glossary.Pipeline.BuildResult result, string path) => result.Files.Single(f => f.Path == path).Content;
}
