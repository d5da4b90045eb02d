using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Rendering;

/// <summary>A report's key findings each cite their own evidence, shown with the finding.</summary>
public sealed class KeyFindingSourcesTests
{
    private static TestSite Report(string findingSources) => new TestSite()
        .WithEntry("appeal", "Appeal")
        .With("guides/report.md", ReportText(findingSources));

    private static string ReportText(string findingSources) => $"""
            ---
            title: Report
            summary: S.
            kind: report
            key_findings:
              - title: Appeals work
                text: Many appealed denials are overturned.
                terms: [appeal]
            {findingSources}
              - title: No evidence
                text: A finding with none.
                terms: [appeal]
            ---

            Body.
            """;

    [Fact]
    public void Each_finding_shows_the_sources_it_lists_and_only_those()
    {
        var result = Report("""
                sources:
                  - title: Claims denials and appeals
                    url: https://example.org/denials
                    publisher: A Publisher
                  - title: "29 CFR 2560.503-1(h)"
                    url: https://www.ecfr.gov/current/title-29/section-2560.503-1
            """).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var findings = result.Document("guides/report/index.html").QuerySelectorAll(".key-findings li").ToList();
        Assert.Equal(2, findings.Count);
        var evidence = findings[0].QuerySelectorAll(".key-findings__sources a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Claims denials and appeals", "https://example.org/denials"), ("29 CFR 2560.503-1(h)", "https://www.ecfr.gov/current/title-29/section-2560.503-1")], evidence);
        Assert.Contains("(A Publisher)", findings[0].QuerySelector(".key-findings__sources")!.TextContent);
        Assert.Null(findings[1].QuerySelector(".key-findings__sources"));
    }

    [Fact]
    public void A_finding_source_without_a_web_address_is_an_error_at_its_line()
    {
        const string sources = """
                sources:
                  - title: Claims denials
                    url: not a url
            """;
        var result = Report(sources).Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.InvalidValue);
        Assert.Equal("input/guides/report.md", d.File);
        Assert.Equal(Array.FindIndex(ReportText(sources).Split('\n'), l => l.Contains("url: not a url")) + 1, d.Line);
        Assert.Contains("'not a url'", d.Message);
    }
}
