using System.Collections.Immutable;
using System.Text;
using Glossary.Content;
using Glossary.Pipeline;
using Glossary.Theme;

namespace Glossary.Tests.Support;

/// <summary>An in-memory input folder (like Statiq's in-memory file provider): site.yml plus files, built through the real pipeline.</summary>
public sealed class TestSite
{
    public const string DefaultSiteYaml = """
        title: Test Glossary
        description: A glossary used by the tests.
        organization: Test Org
        base_url: https://example.org/
        categories:
          - name: Insurance
            slug: insurance
            description: Health plans.
          - name: Finance
            slug: finance
            description: Money.
          - name: Healthcare
            slug: healthcare
            description: Care.
          - name: Employment Law
            slug: employment-law
            description: Work.
          - name: Privacy
            slug: privacy
            description: Records.
        """;

    /// <summary>The default site.yml plus a navigation link to the fixture's about page.</summary>
    public const string FixtureSiteYaml = DefaultSiteYaml + """

        navigation:
          - title: About
            url: /about/
        """;

    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string? SiteYaml { get; set; } = DefaultSiteYaml;

    public TestSite With(string relativePath, string text) => With(relativePath, Encoding.UTF8.GetBytes(text));

    public TestSite With(string relativePath, byte[] bytes)
    {
        _files[relativePath] = bytes;
        return this;
    }

    public TestSite WithEntry(string slug, string title, string body = "", string extraFrontMatter = "") =>
        With($"glossary/{slug}.md", Entry(title, body, extraFrontMatter));

    /// <param name="root">The input folder as diagnostics name it ("input" when the CLI runs from the project's root).</param>
    public SiteInput ToInput(string root = "input") => new(
        SiteYaml,
        root + "/site.yml",
        [.. _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SourceFile(f.Key, root + "/" + f.Key, f.Value))]);

    public BuildResult Build(BuildOptions? options = null) =>
        new SitePipeline(new RazorPageRenderer(), ThemeAssets.Load()).Build(ToInput(), options ?? new BuildOptions());

    /// <summary>A valid entry: front matter, definition and the required sections, with optional extra body text.</summary>
    public static string Entry(string title, string body = "", string extraFrontMatter = "") => $"""
        ---
        title: {title}
        summary: A short summary of {title}.
        categories: [Insurance]
        {extraFrontMatter}
        ---

        {title} is a term used in the tests.

        ## Examples

        An example of {title}.

        ## How it is used against you

        How {title} is used against consumers.

        ## What you can do

        What to do about {title}.
        {body}
        """;

    /// <summary>
    /// The line of an <see cref="Entry"/> where <paramref name="part"/> first appears: where a diagnostic about it
    /// points, computed from the template rather than counted by hand.
    /// </summary>
    public static int EntryLine(string title, string body, string part, string extraFrontMatter = "") =>
        FixtureText.LineOf(Entry(title, body, extraFrontMatter), part);

    /// <summary>The fixture used by snapshot and browser tests: every page type, with links between them.</summary>
    public static TestSite Fixture() => new TestSite { SiteYaml = FixtureSiteYaml }
        .WithEntry("medical-necessity", "Medical Necessity",
            "\nSee [prior authorization](prior-authorization.md) and [the deadlines](external-review.md#deadlines).\n",
            "aliases: [medically necessary]\nrelated: [prior-authorization]\nreviewed: 2026-01-15\nsources:\n  - title: Medically necessary\n    url: https://www.healthcare.gov/glossary/medically-necessary/\n    publisher: HealthCare.gov")
        .WithEntry("prior-authorization", "Prior Authorization", "\nRead [medical necessity](medical-necessity.md).\n",
            "aliases: [preauthorization, PA]\nupdated: 2026-02-01")
        .WithEntry("external-review", "External Review", "\n## Deadlines\n\nFour months.\n", "updated: 2026-03-01")
        .WithEntry("iop", "Intensive Outpatient Program", "", "aliases: [IOP]")
        .With("guides/appeals.md", """
            ---
            title: How to appeal
            summary: Steps to appeal a denial.
            categories: [Insurance]
            terms: [medical-necessity]
            updated: 2026-04-01
            ---

            Start with [medical necessity](../glossary/medical-necessity.md).

            ## Step one

            Read the letter.

            ## Step two

            Write back.
            """)
        .With("guides/report.md", """
            ---
            title: A report on coverage
            summary: What we found about coverage.
            kind: report
            categories: [Insurance]
            key_findings:
              - title: Criteria matter
                text: Ask for the criteria.
                terms: [Medical Necessity, PA]
                sources:
                  - title: "29 U.S.C. 1185a(a)(4): criteria on request"
                    url: https://www.law.cornell.edu/uscode/text/29/1185a
                    publisher: Legal Information Institute
            ---

            The report body.
            """)
        .With("pages/about.md", """
            ---
            title: About
            summary: About the test site.
            ---

            About us.
            """);
}
