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

    [Fact]
    public void A_report_is_referenced_in_every_term_its_key_findings_name_once_among_the_other_backlinks()
    {
        var site = new TestSite()
            .WithEntry("named-only", "Named only", "", "autolink: false")
            .WithEntry("named-and-linked", "Named and linked", "", "autolink: false")
            .WithEntry("alpha", "Alpha", "\n[[Named and linked]] and [[named-only]]\n")
            .WithEntry("zulu", "Zulu", "\n[[Named and linked]]\n")
            .With("guides/report.md", """
                ---
                title: Mike report
                summary: What we found.
                kind: report
                key_findings:
                  - title: One
                    text: The first finding.
                    terms: [Named only, named-and-linked]
                  - title: Two
                    text: The second finding.
                    terms: [named-only]
                ---

                The body links to [one of them](../glossary/named-and-linked.md).
                """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        List<(string, string?)> ReferencedIn(string slug) => [.. result.Document($"glossary/{slug}/index.html")
            .QuerySelectorAll("#page-referenced-in ~ ul a").Select(a => (a.TextContent, a.GetAttribute("href")))];
        Assert.Equal([("Alpha", "/glossary/alpha/"), ("Mike report", "/guides/report/")], ReferencedIn("named-only"));
        Assert.Equal([("Alpha", "/glossary/alpha/"), ("Mike report", "/guides/report/"), ("Zulu", "/glossary/zulu/")], ReferencedIn("named-and-linked"));
    }
}
