using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about which document an address or a name belongs to; each test checks the code, file,
/// line and message.
/// </summary>
public sealed class IdentityCodeTests
{
    [Theory]
    [InlineData("robots.txt")]
    [InlineData("sitemap.xml")]
    [InlineData("glossary/a/index.html")]
    public void GL0301_a_file_at_the_address_of_a_generated_page(string path)
    {
        var site = new TestSite().WithEntry("a", "Alpha").With(path, "<p>mine</p>\n");
        var d = Single(site.Build(), DiagnosticCodes.DuplicateSlug);
        At(d, "input/" + path, 0, $"two outputs would be written to '{path}'");
    }

    [Theory]
    [InlineData("search")]
    [InlineData("glossary")]
    public void GL0301_a_page_at_an_address_reserved_for_the_sites_own_pages(string slug)
    {
        var site = new TestSite().WithEntry("a", "Alpha").With($"pages/{slug}.md", $"---\ntitle: Mine\nsummary: A page.\n---\n\nText.\n");
        var d = Single(site.Build(), DiagnosticCodes.DuplicateSlug);
        At(d, $"input/pages/{slug}.md", 0, $"the page address '/{slug}/' is reserved for the site's own pages");
    }

    [Theory]
    [InlineData("Alpha")]
    [InlineData("ALPHA")]
    [InlineData("Álpha")]
    public void GL0302_a_title_claimed_by_two_entries(string title)
    {
        var d = Single(new TestSite().WithEntry("a", "Alpha").WithEntry("b", title).Build(), DiagnosticCodes.DuplicateAlias);
        At(d, "input/glossary/b.md", 0, $"'{title}' already names the entry 'Alpha' (input/glossary/a.md)");
    }

    [Fact]
    public void GL0303_terms_of_a_guide_name_a_missing_entry()
    {
        const string text = "---\ntitle: Appeals\nsummary: How to appeal.\nterms: [medical-necessity, Prior Authorisation]\n---\n\nText.\n";
        var site = new TestSite().WithEntry("medical-necessity", "Medical Necessity").WithEntry("prior-authorization", "Prior Authorization")
            .With("guides/appeals.md", text);
        var d = Single(site.Build(), DiagnosticCodes.UnknownTermReference);
        At(d, "input/guides/appeals.md", FixtureText.LineOf(text, "terms:"), "'terms' names 'Prior Authorisation', which is not a glossary entry");
        Assert.Equal(FixtureText.ColumnOf(text, "Prior Authorisation"), d.Column);
        Assert.Contains("did you mean 'Prior Authorization'?", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GL0303_a_key_finding_names_a_missing_entry()
    {
        const string text = """
            ---
            title: A report
            summary: What we found.
            kind: report
            key_findings:
              - title: Criteria matter
                text: Ask for the criteria.
                terms: [Alpha]
              - title: Deadlines matter
                text: Appeal in time.
                terms: [Alpha, Deadline]
            ---

            The report.
            """;
        var d = Single(new TestSite().WithEntry("a", "Alpha").With("guides/report.md", text).Build(), DiagnosticCodes.UnknownTermReference);
        At(d, "input/guides/report.md", FixtureText.LineOf(text, "Deadline]"), "'key_findings' names 'Deadline', which is not a glossary entry");
    }

    [Fact]
    public void GL0405_a_wikilink_to_a_name_two_entries_claim()
    {
        var page = TestSite.Entry("Page", "\nSee [[IOP]] first.\n");
        var site = new TestSite()
            .WithEntry("iop", "Intensive Outpatient Program", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("iop-panel", "Independent Outside Panel", extraFrontMatter: "aliases: [IOP]")
            .With("glossary/page.md", page);
        var d = Single(site.Build(), DiagnosticCodes.AmbiguousWikiLink);
        At(d, "input/glossary/page.md", FixtureText.LineOf(page, "[[IOP]]"), "[[IOP]] is ambiguous: it names 'Intensive Outpatient Program' (iop), 'Independent Outside Panel' (iop-panel)");
        Assert.Equal(FixtureText.ColumnOf(page, "[[IOP]]"), d.Column);
        Assert.Contains("[[iop]]", d.Hint);
    }

    [Fact]
    public void GL0301_duplicate_slug()
    {
        var site = new TestSite().WithEntry("iop", "Iop").With("glossary/more/iop.md", TestSite.Entry("Iop two"));
        var d = Single(site.Build(), DiagnosticCodes.DuplicateSlug);
        At(d, "input/glossary/more/iop.md", 0, "slug 'iop' is already used by input/glossary/iop.md");
    }

    [Fact]
    public void GL0302_duplicate_alias_across_entries()
    {
        var site = new TestSite()
            .WithEntry("intensive-outpatient", "Intensive Outpatient", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("other", "Other", extraFrontMatter: "aliases:\n  - iop");
        var d = Single(site.Build(), DiagnosticCodes.DuplicateAlias);
        At(d, "input/glossary/other.md", TestSite.EntryLine("Other", "", "- iop", "aliases:\n  - iop"), "'iop' already names the entry 'Intensive Outpatient'");
    }

    [Fact]
    public void GL0303_related_names_a_missing_entry()
    {
        var site = new TestSite().WithEntry("a", "Alpha", extraFrontMatter: "related: [Medcal Necessity]").WithEntry("medical-necessity", "Medical Necessity");
        var d = Single(site.Build(), DiagnosticCodes.UnknownTermReference);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "", "related:", "related: [Medcal Necessity]"), "'Medcal Necessity'");
        Assert.Contains("did you mean 'Medical Necessity'?", d.Message);
    }
}
