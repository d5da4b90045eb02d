using Glossary.Diagnostics;
using Glossary.Lints;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using Glossary.Theme;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// A mistake in one file's front matter is reported once, in that file: the document is still known by its slug (and
/// its title and aliases, when they can be read), so the pages that name it do not fail too. The build still fails,
/// and reports every mistake of every file in one run.
/// </summary>
public sealed class OneMistakeOneErrorTests
{
    private const string Iop = "input/glossary/iop.md";

    /// <summary>An IOP entry (its front matter given) and pages naming it every way there is.</summary>
    private static TestSite SiteNaming(string iopFile) => new TestSite()
        .With("glossary/iop.md", iopFile)
        .WithEntry("wikilink-by-alias", "Wikilink by alias", "\nSee [[IOP]].\n")
        .WithEntry("wikilink-by-title", "Wikilink by title", "\nSee [[Intensive Outpatient Program#examples]].\n")
        .WithEntry("markdown-link", "Markdown link", "\nSee [the program](iop.md).\n")
        .WithEntry("path-link", "Path link", "\nSee [the program](/glossary/iop/).\n", "related: [IOP]")
        .With("guides/guide.md", "---\ntitle: A guide\nsummary: S.\nterms: [iop, Intensive Outpatient Program]\n---\n\nText.\n")
        .With("guides/report.md", """
            ---
            title: A report
            summary: S.
            kind: report
            key_findings:
              - title: A finding
                text: T.
                terms: [IOP]
            ---

            Text.
            """);

    private static string IopEntry(string frontMatter) => $"""
        ---
        {frontMatter}
        categories: [Insurance]
        ---

        An intensive outpatient program is a term used in the tests.

        ## Examples

        An example.

        ## How it is used against you

        How it is used.

        ## What you can do

        What to do.
        """;

    private static Diagnostic OnlyError(BuildResult result)
    {
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Equal(Iop, errors[0].File);
        return errors[0];
    }

    [Fact]
    public void A_misspelt_key_is_one_error_not_one_per_page_naming_the_entry()
    {
        var text = IopEntry("title: Intensive Outpatient Program\nsumary: A program of several therapy sessions a week.\naliases: [IOP]");
        var result = SiteNaming(text).Build();

        var error = OnlyError(result);
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Contains("did you mean 'summary'?", error.Message);
        Assert.Equal(FixtureText.LineOf(text, "sumary:"), error.Line);
    }

    [Fact]
    public void Yaml_that_does_not_parse_still_gives_the_names_that_can_be_read()
    {
        // The summary's quote is never closed; the title and aliases above and below it still name the entry.
        var result = SiteNaming(IopEntry("title: Intensive Outpatient Program\nsummary: \"A program of several sessions a week.\naliases: [IOP]")).Build();

        Assert.Equal(DiagnosticCodes.MalformedYaml, OnlyError(result).Code);
    }

    [Fact]
    public void An_entry_whose_related_list_cannot_be_read_is_not_said_to_leave_out_the_entries_listing_it()
    {
        var site = new TestSite()
            .With("glossary/iop.md", IopEntry("title: Intensive Outpatient Program\nsummary: A program.\nrelated: [partial-hospitalization"))
            .WithEntry("partial-hospitalization", "Partial Hospitalization", extraFrontMatter: "related: [iop]");
        var result = site.Build();

        Assert.Equal(DiagnosticCodes.MalformedYaml, OnlyError(result).Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.OneWayRelated);
    }

    [Fact]
    public void Without_a_readable_title_the_entry_is_still_known_by_its_slug()
    {
        var site = new TestSite()
            .With("glossary/iop.md", IopEntry("title: [Intensive Outpatient Program\nsummary: A program.\naliases: [IOP]"))
            .WithEntry("by-slug", "By slug", "\nSee [[iop]] and [it](iop.md).\n", "related: [iop]")
            .WithEntry("by-alias", "By alias", "\nSee [[IOP]].\n");

        Assert.Equal(DiagnosticCodes.MalformedYaml, OnlyError(site.Build()).Code);
    }

    [Theory]
    [InlineData("no front matter at all", DiagnosticCodes.MissingFrontMatter)]
    [InlineData("", DiagnosticCodes.EmptyFile)]
    public void A_file_that_cannot_be_read_is_still_known_by_its_slug(string text, string code)
    {
        var site = new TestSite()
            .With("glossary/iop.md", text)
            .WithEntry("by-slug", "By slug", "\nSee [[iop]] and [it](iop.md).\n", "related: [iop]");

        Assert.Equal(code, OnlyError(site.Build()).Code);
    }

    [Fact]
    public void Check_gives_no_advice_on_a_file_whose_front_matter_has_errors()
    {
        // An unreadable date is reported once; 'check' does not add that the entry has no review date.
        var site = SiteNaming(IopEntry("title: Intensive Outpatient Program\nsummary: A program.\naliases: [IOP]\nreviewed: 2026-13-01"));
        var pipeline = new SitePipeline(new RazorPageRenderer(), ThemeAssets.Load()) { Lints = [new ContentLints(new DateOnly(2026, 12, 1))] };
        var result = pipeline.Build(site.ToInput(), new BuildOptions());

        Assert.Equal(DiagnosticCodes.InvalidValue, OnlyError(result).Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.File == Iop && !d.IsError);
        Assert.Contains(result.Diagnostics, d => d.File != Iop && d.Code == DiagnosticCodes.StaleReview);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        var site = new TestSite()
            .With("glossary/a.md", TestSite.Entry("A", extraFrontMatter: "colour: red"))
            .With("glossary/b.md", TestSite.Entry("B", "\n[x](nowhere.md)\n"))
            .With("pages/c.md", "no front matter\n");
        var codes = site.Build().Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingFrontMatter }, codes);
    }
}
