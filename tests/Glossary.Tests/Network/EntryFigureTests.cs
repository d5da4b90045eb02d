using System.Globalization;
using Glossary.Network;
using Glossary.Tests.Support;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>
/// The figure on an entry's page, as a reader gets it: an SVG whose nodes are links, with a caption, a text alternative
/// that names the same pages, and a link to the explorer at the view's share code; laid out inside its fixed view box
/// and byte for byte the same in two builds.
/// </summary>
public sealed class EntryFigureTests
{
    [Fact]
    public void The_figure_links_the_same_pages_as_its_text_alternative()
    {
        var (result, _) = BuildGraph();
        var page = result.Document("glossary/alpha/index.html");
        var svg = page.QuerySelector("#page-network ~ figure svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Contains("Alpha and its 4 closest connections", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        var drawn = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        var listed = page.QuerySelectorAll(".network-figure__text a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Equal(["/glossary/beta/", "/glossary/delta/", "/glossary/gamma/", "/guides/report/"], drawn.Order());
        Assert.Equal(drawn, listed);
        // Each node is named by its full title (an SVG title), its label beside it may be cut short.
        Assert.All(svg.QuerySelectorAll("a"), a => Assert.StartsWith(a.QuerySelector("text")!.TextContent.TrimEnd('…'), a.QuerySelector("title")!.TextContent));
        Assert.Contains("leads to: alpha shapes delta", page.QuerySelector(".network-list--relationship")!.TextContent);
        Assert.Equal(["Explained connections", "Listed as related", "In a report's key findings", "Linked in the text"],
            page.QuerySelectorAll(".network-figure__text h3").Select(h => h.TextContent));
    }

    [Fact]
    public void The_figure_links_to_its_view_in_the_explorer_and_its_letters_page_lists_it_under_its_code()
    {
        var (result, _) = BuildGraph();
        var code = NetworkView.Default("alpha").Code;
        var explore = result.Document("glossary/alpha/index.html").QuerySelector("figcaption a")!;
        Assert.Equal("/network/#" + code, explore.GetAttribute("href"));
        var item = result.Document("network/a/index.html").GetElementById(code)!;
        Assert.Equal("/glossary/alpha/", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(4, item.QuerySelectorAll("a").Length - 1);
    }

    [Fact]
    public void An_entry_without_connections_has_no_figure()
    {
        var (result, _) = BuildGraph();
        Assert.Null(result.Document("glossary/epsilon/index.html").QuerySelector(".network-figure"));
    }

    [Fact]
    public void The_figure_is_byte_identical_across_builds()
    {
        string Figure() => BuildGraph().Result.Document("glossary/alpha/index.html").QuerySelector(".network-figure")!.OuterHtml;
        Assert.Equal(Figure(), Figure());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(11)]
    public void Every_node_and_label_fits_the_view_box_one_row_apart(int neighbours)
    {
        var site = new TestSite();
        for (var i = 0; i < neighbours; i++) site.WithEntry($"t{i:00}", $"Term {i:00}");
        site.WithEntry("hub", "Hub", body: string.Join(" ", Enumerable.Range(0, neighbours).Select(i => $"[[t{i:00}]]")));
        var (_, graph) = BuildGraph(site);
        var (focus, placed) = FanLayout.Place(Neighbourhood.Of(graph, graph.NodeWithId("hub")!));
        Assert.Equal((FanLayout.FocusX, FanLayout.Height / 2.0), (focus.X, focus.Y));
        Assert.All(placed, p => Assert.InRange(p.X, FanLayout.FocusX + 20, FanLayout.Width - FanLayout.LabelRoom));
        Assert.All(placed, p => Assert.InRange(p.Y, 15, FanLayout.Height - 15));
        var rows = placed.Select(p => p.Y).Order().ToList();
        Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.Equal(FanLayout.RowHeight, pair.Second - pair.First, 1));
        // The heaviest (first) neighbour sits in the middle row, level with the focus or half a row off.
        Assert.InRange(Math.Abs(placed[0].Y - focus.Y), 0, FanLayout.RowHeight / 2);
        Assert.All(placed, p => Assert.Equal(p.X.ToString(CultureInfo.InvariantCulture), Math.Round(p.X, 1).ToString(CultureInfo.InvariantCulture)));
    }
}
