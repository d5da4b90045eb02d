using System.Text;
using System.Text.Json;
using Glossary.Network;
using Glossary.Tests.Support;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>
/// Share codes: the shared table of cases (which network.js is checked against in Chromium), the round trip from a
/// view to its canonical text and code and back, and the static table of every page's default view.
/// </summary>
public sealed class ShareCodeTests
{
    public static string CasesPath { get; } = Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Network", "share-code-cases.json");

    public static IReadOnlyList<(string Canonical, string Code)> Cases { get; } = LoadCases();

    private static List<(string, string)> LoadCases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(CasesPath));
        return [.. json.RootElement.GetProperty("cases").EnumerateArray().Select(c => (c[0].GetString()!, c[1].GetString()!))];
    }

    [Fact]
    public void Every_case_of_the_shared_table_gives_its_code()
    {
        Assert.True(Cases.Count >= 10);
        Assert.All(Cases, c => Assert.Equal(c.Code, ShareCode.Of(c.Canonical)));
        Assert.All(Cases, c => Assert.True(ShareCode.IsCode(c.Code), c.Code));
    }

    public static TheoryData<string[], int, EdgeKind[]?> Views => new()
    {
        { ["medical-necessity"], 1, null },
        { ["mental-health-parity", "medical-necessity", "medical-necessity"], 2, null },
        { ["guides/long-term-psychotherapy-coverage"], 1, [EdgeKind.Relationship, EdgeKind.Finding] },
        { ["iop"], 2, [EdgeKind.Link] },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_goes_to_its_code_and_back(string[] focus, int depth, EdgeKind[]? kinds)
    {
        var view = new NetworkView(focus, depth, kinds);
        var back = NetworkView.Parse(view.Canonical)!;
        Assert.Equal(view, back);
        Assert.Equal(view.Focus, back.Focus);
        Assert.Equal(view.Depth, back.Depth);
        Assert.Equal(view.Kinds, back.Kinds);
        Assert.Equal(view.Code, back.Code);
        Assert.Equal(11, view.Code.Length);
        Assert.Equal(focus.Distinct().Order(StringComparer.Ordinal), view.Focus);
    }

    [Fact]
    public void The_order_of_focus_and_kinds_does_not_change_the_code_but_their_content_does()
    {
        var a = new NetworkView(["b", "a"], 1, [EdgeKind.Link, EdgeKind.Related]);
        var b = new NetworkView(["a", "b"], 1, [EdgeKind.Related, EdgeKind.Link]);
        Assert.Equal(a.Code, b.Code);
        Assert.NotEqual(a.Code, new NetworkView(["a", "b"], 2, [EdgeKind.Related, EdgeKind.Link]).Code);
        Assert.NotEqual(a.Code, new NetworkView(["a"], 1, [EdgeKind.Related, EdgeKind.Link]).Code);
        Assert.Equal("v1|a,b|1|all", new NetworkView(["b", "a"], 1, [.. EdgeKinds.All]).Canonical);
    }

    [Theory]
    [InlineData("v2|a|1|all")]
    [InlineData("v1||1|all")]
    [InlineData("v1|a|3|all")]
    [InlineData("v1|a|1|hairball")]
    [InlineData("not a view")]
    public void Text_that_is_not_a_canonical_view_is_refused(string text) => Assert.Null(NetworkView.Parse(text));

    [Fact]
    public void The_code_table_holds_every_pages_default_view_in_its_shard()
    {
        var (result, graph) = BuildGraph();
        foreach (var node in graph.Nodes)
        {
            var view = NetworkView.Default(node.Id);
            var shard = result.Files.Single(f => f.Path == NetworkData.ShardPath(NetworkData.ShardKey(view.Code)));
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(shard.Content));
            Assert.Equal(view.Canonical, json.RootElement.GetProperty(view.Code).GetString());
        }
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("network/codes/", StringComparison.Ordinal) && f.Path != f.Path.ToLowerInvariant());
    }
}
