using Glossary.Tests.Support;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>
/// A report shows the network of its findings: the count of its thematic connections (each finding to each of its
/// terms, and each relationship), its neighbourhood figure, and its relationship highlights with label, text and sources.
/// </summary>
public sealed class ReportNetworkTests
{
    [Fact]
    public void A_report_says_how_many_thematic_connections_it_makes_and_draws_them()
    {
        var (result, _) = BuildGraph();
        var page = result.Document("guides/report/index.html");
        // One finding resting on two terms, and one relationship.
        Assert.Equal("Analysis reveals 3 key thematic connections.", page.QuerySelector(".network-figure__intro")!.TextContent);
        Assert.Equal("How the findings connect", page.GetElementById("page-network")!.TextContent);
        var drawn = page.QuerySelectorAll(".network-svg a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/glossary/alpha/", drawn);
        Assert.Contains("/glossary/beta/", drawn);
    }

    [Fact]
    public void A_relationship_highlight_shows_both_terms_its_label_text_and_sources()
    {
        var (result, _) = BuildGraph();
        var page = result.Document("guides/report/index.html");
        var highlight = page.QuerySelector("#page-highlights + ul > li")!;
        Assert.Equal(["/glossary/alpha/", "/glossary/delta/"], highlight.QuerySelectorAll("h3 a").Select(a => a.GetAttribute("href")));
        Assert.EndsWith(": alpha shapes delta", highlight.QuerySelector("h3")!.TextContent);
        Assert.Equal("In 2019 a court found the criteria too narrow.", highlight.QuerySelector("p")!.TextContent);
        var source = highlight.QuerySelector(".key-findings__sources a")!;
        Assert.Equal("https://www.law.cornell.edu/uscode/text/29/1185a", source.GetAttribute("href"));
        Assert.Contains("(Legal Information Institute)", highlight.QuerySelector(".key-findings__sources")!.TextContent);
        // The term links carry their summaries, as every term link does.
        foreach (var link in highlight.QuerySelectorAll("h3 a"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("aria-describedby")!));
    }

    [Fact]
    public void A_guide_that_is_not_a_report_has_no_network_section()
    {
        var site = Site().With("guides/plain.md", "---\ntitle: Plain\nsummary: A guide.\nterms: [alpha]\n---\n\nSee [[Alpha]].\n");
        var (result, _) = BuildGraph(site);
        Assert.Null(result.Document("guides/plain/index.html").QuerySelector(".network-figure"));
    }
}
