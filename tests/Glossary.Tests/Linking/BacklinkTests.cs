using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

public sealed class BacklinkTests
{
    [Fact]
    public void Referenced_in_lists_every_linking_page_once_sorted_by_title()
    {
        var site = new TestSite()
            .WithEntry("target", "Target", "", "autolink: false")
            .WithEntry("zulu", "Zulu", "\n[t](target.md) and again [[Target]].\n")
            .WithEntry("alpha", "Alpha", "\n[[target]]\n")
            .With("guides/mike.md", "---\ntitle: Mike guide\nsummary: S.\n---\n\nSee [t](/glossary/target/).\n")
            .WithEntry("loner", "Loner");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Document("glossary/target/index.html");
        var referencedIn = page.QuerySelectorAll("#page-referenced-in ~ ul a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Alpha", "/glossary/alpha/"), ("Mike guide", "/guides/mike/"), ("Zulu", "/glossary/zulu/")], referencedIn);
        Assert.Null(result.Document("glossary/loner/index.html").QuerySelector("#page-referenced-in"));
    }
}
