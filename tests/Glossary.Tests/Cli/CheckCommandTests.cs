using System.Text.Json;
using Glossary.Cli;
using Glossary.Cli.Commands;
using Glossary.Pipeline;
using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

public sealed class CheckCommandTests
{
    private static (int Code, string Output, string Error) Check(TestSite site, params string[] extra)
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(site);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GlossaryCommand.Invoke(["check", "--input", input, "--today", "2026-11-22", .. extra], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Sources => "sources:\n  - title: A rule\n    url: https://example.gov/rule\n  - title: A guide\n    url: https://example.org/guide";

    /// <summary>An entry that passes every lint: reviewed recently, sourced, linked from another, plain text.</summary>
    private static TestSite Clean() => new TestSite()
        .WithEntry("a", "Alpha", "\nSee [[Beta]].\n", $"reviewed: 2026-10-01\n{Sources}")
        .WithEntry("b", "Beta", "\nSee [[Alpha]].\n", $"reviewed: 2026-10-01\n{Sources}");

    [Fact]
    public void A_clean_site_checks_with_no_warnings_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(Clean());
        var before = TempFolder.Snapshot(temp.Path);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GlossaryCommand.Invoke(["check", "--input", input, "--today", "2026-11-22"], output, error);
        Assert.Equal(0, code);
        Assert.Contains("0 errors, 0 warnings", output.ToString());
        Assert.Equal("", error.ToString());
        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
    }

    /// <summary>
    /// Every page is rendered and checked, then let go: the result names the files a build would write and holds
    /// none of them, nor the state 'serve' keeps to rebuild from.
    /// </summary>
    [Fact]
    public void Check_renders_every_page_and_keeps_none()
    {
        var result = CheckCommand.Check(Clean().ToInput(), new BuildOptions(), new DateOnly(2026, 11, 22));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("glossary/a/index.html", result.Paths);
        Assert.Contains("search/index/manifest.json", result.Paths);
        Assert.Empty(result.Files);
        Assert.Null(result.State);
    }

    [Fact]
    public void Check_still_checks_the_rendered_pages()
    {
        var site = Clean().WithEntry("b", "Beta", "\nSee [[Alpha]] and <a href=\"/glossary/nowhere/\">this</a>.\n", $"reviewed: 2026-10-01\n{Sources}");
        var result = CheckCommand.Check(site.ToInput(), new BuildOptions(), new DateOnly(2026, 11, 22));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenRenderedLink && d.File == "input/glossary/b.md");
    }

    [Theory]
    [InlineData("reviewed: 2025-06-01", DiagnosticCodes.StaleReview, "more than 12 months ago")]
    [InlineData("", DiagnosticCodes.StaleReview, "has no 'reviewed' date")]
    public void Review_dates_are_checked(string reviewed, string code, string message)
    {
        var site = Clean().WithEntry("a", "Alpha", "\nSee [[Beta]].\n", $"{reviewed}\n{Sources}");
        var (exit, _, error) = Check(site);
        Assert.Equal(0, exit);
        Assert.Contains($"/input/glossary/a.md: warning {code}: ", error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Missing_sources_orphans_long_summaries_and_hard_text_are_reported()
    {
        var hard = "\nNotwithstanding the aforementioned considerations, comprehensive administrative determinations necessitate extraordinarily sophisticated interpretative methodologies regarding institutional responsibilities.\n";
        var site = Clean()
            .With("glossary/c.md", TestSite.Entry("Gamma", hard, "reviewed: 2026-10-01")
                .Replace("summary: A short summary of Gamma.", "summary: " + string.Join(' ', Enumerable.Repeat("word", 31)) + "."));
        var (exit, _, error) = Check(site);
        Assert.Equal(0, exit);
        Assert.Contains("/input/glossary/c.md: warning GL0703: cites no sources", error);
        Assert.Contains("/input/glossary/c.md: warning GL0704: no page links to this entry", error);
        Assert.Contains("/input/glossary/c.md: warning GL0705: summary has 31 words", error);
        Assert.Matches(@"/input/glossary/c\.md: warning GL0701: reads at US grade \d+\.\d; the limit is 9", error);
        Assert.DoesNotContain("/input/glossary/a.md: warning", error);
    }

    [Theory]
    [InlineData("sources:\n  - title: A rule\n    url: https://www.ecfr.gov/current/title-29", "cites 1 source; entries cite at least 2")]
    [InlineData("sources:\n  - title: A blog\n    url: https://example.org/a\n  - title: A news story\n    url: https://news.example.com/b", "cites no primary source")]
    public void Entries_need_two_sources_one_primary(string sources, string message)
    {
        var (_, _, error) = Check(Clean().WithEntry("c", "Gamma", "\nSee [[Alpha]].\n", $"reviewed: 2026-10-01\n{sources}"));
        Assert.Contains($"/input/glossary/c.md: warning GL0707: {message}", error);
        Assert.DoesNotContain("/input/glossary/a.md: warning", error);
    }

    [Theory]
    [InlineData("https://www.ecfr.gov/current/title-45/section-164.522", true)]
    [InlineData("https://www.law.cornell.edu/uscode/text/29/1185a", true)]
    [InlineData("https://www.medicare.gov/coverage/x", true)]
    [InlineData("https://www.kff.org/report", false)]
    [InlineData("https://gov.example.com/", false)]
    [InlineData("https://cornell.edu.example.com/law.cornell.edu", false)]
    public void Primary_sources_are_statutes_regulations_and_regulators(string url, bool primary) =>
        Assert.Equal(primary, Glossary.Lints.PrimarySources.IsPrimary(url));

    [Fact]
    public void Strict_makes_warnings_fail_and_errors_always_fail()
    {
        var stale = Clean().WithEntry("a", "Alpha", "\nSee [[Beta]].\n", Sources);
        Assert.Equal(1, Check(stale, "--strict").Code);
        Assert.Equal(1, Check(Clean().WithEntry("x", "X", "\n[[Nowhere]]\n")).Code);
        Assert.Equal(2, Check(Clean(), "--format", "xml").Code);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        var text = TestSite.Entry("X", "\nSee [[Nowhere]].\n", $"reviewed: 2026-10-01\n{Sources}");
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("[[Nowhere]]")) + 1;
        var (code, output, _) = Check(Clean().With("glossary/x.md", text), "--format", "github");
        Assert.Equal(1, code);
        Assert.Matches($@"::error file=[^,]*/input/glossary/x\.md,line={line},col=5,title=GL0401::\[\[Nowhere\]\] is not a glossary term", output);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^::(error|warning) file=", line));
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        var site = Clean().WithEntry("a", "Alpha", "\nSee [[Beta]].\n", Sources);
        var (code, output, _) = Check(site, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        var first = root.GetProperty("diagnostics")[0];
        Assert.EndsWith("/input/glossary/a.md", first.GetProperty("file").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(DiagnosticCodes.StaleReview, first.GetProperty("code").GetString());
    }
}
