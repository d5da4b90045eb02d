using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Markdown;

public sealed class WikiLinkTests
{
    private static TestSite Site(string body) => new TestSite()
        .WithEntry("medical-necessity", "Medical Necessity", extraFrontMatter: "aliases: [medically necessary]")
        .WithEntry("iop", "Intensive Outpatient Program", extraFrontMatter: "aliases: [IOP]")
        .WithEntry("external-review", "External Review", "\n## Deadlines\n\nFour months.\n")
        .WithEntry("page", "Page", "\n" + body + "\n");

    [Theory]
    [InlineData("[[Medical Necessity]]", "/glossary/medical-necessity/", "Medical Necessity")]
    [InlineData("[[IOP]]", "/glossary/iop/", "IOP")]
    [InlineData("[[medical-necessity]]", "/glossary/medical-necessity/", "medical-necessity")]
    [InlineData("[[medical necessity]]", "/glossary/medical-necessity/", "medical necessity")]
    [InlineData("[[Médical Nécessity]]", "/glossary/medical-necessity/", "Médical Nécessity")]
    [InlineData("[[Medical Necessity|what insurers call necessary]]", "/glossary/medical-necessity/", "what insurers call necessary")]
    [InlineData("[[External Review#deadlines]]", "/glossary/external-review/#deadlines", "External Review")]
    public void Resolves_title_alias_slug_label_and_anchor(string markdown, string href, string text)
    {
        var result = Site(markdown).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var link = result.Document("glossary/page/index.html").QuerySelector(".prose a.term-link");
        Assert.NotNull(link);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
    }

    [Fact]
    public void Unknown_term_is_an_error_at_its_position_with_a_suggestion()
    {
        const string body = "Read [[Medcal Necessity]] first.";
        var d = Site(body).Build().Diagnostics.Single(d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenLink, d.Code);
        Assert.Equal("input/glossary/page.md", d.File);
        Assert.Equal(TestSite.EntryLine("Page", "\n" + body + "\n", body), d.Line);
        Assert.Equal(body.IndexOf("[[", StringComparison.Ordinal) + 1, d.Column);
        Assert.Contains("did you mean 'Medical Necessity'?", d.Message);
    }

    [Fact]
    public void Missing_heading_anchor_is_an_error_listing_the_headings()
    {
        var d = Site("[[External Review#deadline]]").Build().Diagnostics.Single(d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenAnchor, d.Code);
        Assert.Contains("#deadlines", d.Hint);
    }

    [Fact]
    public void Single_brackets_stay_ordinary_text_and_links()
    {
        var result = Site("A [note] and [a link](iop.md).").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var prose = result.Document("glossary/page/index.html").QuerySelector(".prose")!;
        Assert.Contains("[note]", prose.TextContent);
        Assert.Equal("/glossary/iop/", prose.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Ambiguous_name_is_an_error_listing_the_candidates()
    {
        var site = new TestSite()
            .WithEntry("iop", "Intensive Outpatient Program", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("iop-other", "Independent Outside Panel", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("page", "Page", "\nSee [[IOP]].\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Message.Contains("ambiguous"));
        Assert.Equal(("input/glossary/page.md", TestSite.EntryLine("Page", "\nSee [[IOP]].\n", "[[IOP]]"), 5), (d.File, d.Line, d.Column));
        Assert.Contains("'Intensive Outpatient Program' (iop)", d.Message);
        Assert.Contains("'Independent Outside Panel' (iop-other)", d.Message);
    }
}
