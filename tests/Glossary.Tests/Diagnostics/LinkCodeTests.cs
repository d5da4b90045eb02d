using System.Text;
using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about links in content (GL0401, GL0402, GL0404): missing pages, malformed addresses,
/// missing headings and unclosed wikilinks; each test checks the code, file, line and message.
/// </summary>
public sealed class LinkCodeTests
{
    [Fact]
    public void GL0401_link_to_missing_entry_points_at_the_link()
    {
        const string body = "\nSee [it](medical-necesity.md) here.\n";
        var site = new TestSite().WithEntry("a", "Alpha", body).WithEntry("medical-necessity", "Medical Necessity");
        var d = Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal("input/glossary/a.md", d.File);
        Assert.Equal(TestSite.EntryLine("Alpha", body, "[it]"), d.Line);
        Assert.Equal(5, d.Column);
        Assert.Contains("did you mean 'medical-necessity'?", d.Message);
    }

    [Fact]
    public void GL0401_absolute_link_to_missing_page()
    {
        const string body = "\n[x](/glossary/nothing/)\n";
        var d = Single(new TestSite().WithEntry("a", "Alpha", body).Build(), DiagnosticCodes.BrokenLink);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, "[x]"), "'/glossary/nothing/' points to a page that does not exist");
    }

    [Theory]
    [InlineData("[x](http://)", "'http://' is not a valid address")]
    [InlineData("[x](//)", "'//' is not a valid address")]
    [InlineData("[x](/glossary/nothing/)", "'/glossary/nothing/' points to a page that does not exist")]
    public void GL0401_malformed_or_missing_addresses(string markdown, string messagePart)
    {
        var d = Single(new TestSite().WithEntry("a", "Alpha", "\n" + markdown + "\n").Build(), DiagnosticCodes.BrokenLink);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "\n" + markdown + "\n", markdown), messagePart);
    }

    [Fact]
    public void A_scheme_relative_link_is_another_sites_address()
    {
        var result = new TestSite().WithEntry("a", "Alpha", "\nSee [the rule](//www.cms.gov/nosurprises).\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "glossary/a/index.html").Content));
        Assert.Equal("//www.cms.gov/nosurprises", page.QuerySelector("main a[href*='cms.gov']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("See [[Alpha for more.", 5)]
    [InlineData("See [[Alpha] for more.", 5)]
    [InlineData("Two lines: [[Alpha\nand then]] later.", 12)]
    public void GL0404_an_unclosed_wikilink_is_a_warning_at_its_brackets(string markdown, int column)
    {
        var result = new TestSite().WithEntry("a", "Alpha").WithEntry("b", "Beta", "\n" + markdown + "\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedWikiLink);
        Assert.False(d.IsError);
        At(d, "input/glossary/b.md", TestSite.EntryLine("Beta", "\n" + markdown + "\n", "[["), "not closed with ']]'");
        Assert.Equal(column, d.Column);
    }

    [Theory]
    [InlineData("See [[Alpha]] and [[Alpha|the first]].")]
    [InlineData("A list [[1], [2]] in text, and [[a link](https://example.org/) in brackets].")]
    [InlineData("Code `[[not a link` and \\[[escaped.")]
    public void Closed_wikilinks_and_other_brackets_raise_no_warning(string markdown)
    {
        var result = new TestSite().WithEntry("a", "Alpha").WithEntry("b", "Beta", "\n" + markdown + "\n").Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedWikiLink);
    }

    [Fact]
    public void GL0402_link_to_missing_heading()
    {
        const string body = "\n[x](b.md#deadline)\n";
        var site = new TestSite().WithEntry("a", "Alpha", body).WithEntry("b", "Beta", "\n## Deadlines\n\nSoon.\n");
        var d = Single(site.Build(), DiagnosticCodes.BrokenAnchor);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, "[x]"), "'#deadline', which is not a heading on input/glossary/b.md");
        Assert.Contains("did you mean 'deadlines'?", d.Message);
    }
}
