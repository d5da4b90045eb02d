using Glossary.Network;
using Glossary.Tests.Support;
using static Glossary.Tests.Network.NetworkFixture;

namespace Glossary.Tests.Network;

/// <summary>
/// Without JavaScript the network is read by letter: /network/ links to each letter's page, which lists the pages
/// whose titles start with it, each with its closest connections; a letter with more than a page's worth has parts.
/// </summary>
public class NetworkLetterPagesTests
{
    [Fact]
    public void Each_letter_has_its_page_listing_its_terms_with_their_connections_and_the_index_links_to_every_one()
    {
        var (result, _) = BuildGraph();
        var index = result.Document("network/index.html");
        var letters = index.QuerySelectorAll(".network-all nav a").Select(a => a.GetAttribute("href")).ToList();
        // Alpha and "A report", Beta, Delta, Epsilon, Gamma.
        Assert.Equal(["/network/a/", "/network/b/", "/network/d/", "/network/e/", "/network/g/"], letters);
        Assert.Empty(index.QuerySelectorAll(".network-all__item"));

        var a = result.Document("network/a/index.html");
        Assert.Equal("How terms connect: A", a.QuerySelector("h1")!.TextContent);
        Assert.Equal(["A report", "Alpha"], a.QuerySelectorAll(".network-all__item > a:first-child").Select(x => x.TextContent));
        var alpha = a.GetElementById(NetworkView.Default("alpha").Code)!;
        var links = alpha.QuerySelectorAll("a").Select(x => x.GetAttribute("href")!).ToList();
        Assert.Equal("/glossary/alpha/", links[0]);
        Assert.Equal(["/glossary/beta/", "/glossary/delta/", "/glossary/gamma/", "/guides/report/"], links.Skip(1).Order(StringComparer.Ordinal));
        var beta = result.Document("network/b/index.html").GetElementById(NetworkView.Default("beta").Code)!;
        Assert.Contains("/glossary/alpha/", beta.QuerySelectorAll("a").Select(x => x.GetAttribute("href")));
        Assert.Equal("page", a.QuerySelector("nav a[href='/network/a/']")!.GetAttribute("aria-current"));
        Assert.NotNull(a.QuerySelector("main h2"));
        // Plain links: a letter's page of 100 pages would otherwise carry a summary for each of its ~1,200 links.
        Assert.Null(a.QuerySelector(".term-summaries"));
        Assert.Empty(alpha.QuerySelectorAll("a[aria-describedby]"));
    }

    [Fact]
    public void No_network_page_lists_more_than_one_letters_terms_nor_more_than_a_pages_worth()
    {
        var site = new TestSite();
        for (var i = 0; i < NetworkLetters.MaxPerPage + 5; i++)
            site = site.WithEntry($"cost-{i:D3}", $"Cost {i:D3}", body: i == 0 ? "" : $"See [[Cost {i - 1:D3}]] and [[Deductible]].");
        site = site.WithEntry("deductible", "Deductible", body: "See [[Cost 000]].").WithEntry("1-day", "1-day rule", body: "See [[Deductible]].");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = result.Paths.Where(p => p.StartsWith("network/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal) && p != "network/index.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["network/0-9/index.html", "network/c/2/index.html", "network/c/index.html", "network/d/index.html"], pages);
        var listed = new List<string>();
        foreach (var path in pages)
        {
            var titles = result.Document(path).QuerySelectorAll(".network-all__item > a:first-child").Select(a => a.TextContent).ToList();
            Assert.InRange(titles.Count, 1, NetworkLetters.MaxPerPage);
            Assert.Single(titles.Select(t => char.ToUpperInvariant(t[0])).Distinct());
            listed.AddRange(titles);
        }
        Assert.Equal(NetworkLetters.MaxPerPage + 7, listed.Distinct().Count());
        var parts = result.Document("network/c/2/index.html").QuerySelectorAll(".network-parts a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/network/c/", "Cost 000 to Cost 099"), ("/network/c/2/", "Cost 100 to Cost 104")], parts);
    }
}
