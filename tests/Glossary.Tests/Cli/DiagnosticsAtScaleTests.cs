using System.Diagnostics;
using System.Text.Json;
using Glossary.Cli;
using Glossary.Cli.Terminal;
using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

/// <summary>Thousands of diagnostics: grouped by code on a terminal and in logs, every one in JSON and in GitHub's log.</summary>
public sealed class DiagnosticsAtScaleTests
{
    /// <summary>Twelve entries list 'hub' as related and it lists none back: twelve GL0305 warnings, one per entry.</summary>
    private static TestSite OneWayRelated()
    {
        var site = new TestSite().WithEntry("hub", "Hub");
        for (var i = 0; i < 12; i++) site.WithEntry($"e{i:D2}", $"Entry {i:D2}", extraFrontMatter: "related: [hub]");
        return site;
    }

    private static (int Code, string Output, string Error) Invoke(TestSite site, params string[] command)
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(site);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GlossaryCommand.Invoke([.. command, "--input", input, .. command[0] == "build" ? ["--output", Path.Combine(temp.Path, "out")] : Array.Empty<string>()], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_prints_the_first_five_of_a_code_then_a_count()
    {
        var (code, _, error) = Invoke(OneWayRelated(), "build");
        Assert.Equal(0, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Count(l => l.Contains("warning GL0305:", StringComparison.Ordinal)));
        Assert.Contains("/input/glossary/e00.md:", lines.First(l => l.Contains("GL0305", StringComparison.Ordinal)));
        Assert.Contains("… and 7 more GL0305 warnings", lines);
        Assert.Contains("(glossary check --format json lists every one)", lines);
    }

    [Fact]
    public void Json_keeps_every_diagnostic()
    {
        var (_, output, _) = Invoke(OneWayRelated(), "check", "--format", "json");
        var codes = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.Equal(12, codes.Count(c => c == DiagnosticCodes.OneWayRelated));
    }

    [Fact]
    public void Github_annotates_ten_of_each_kind_and_logs_the_rest_as_plain_lines()
    {
        var (_, output, _) = Invoke(OneWayRelated(), "check", "--format", "github");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticFormats.AnnotationsPerKind, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        var plain = lines.Where(l => !l.StartsWith("::", StringComparison.Ordinal) && !l.StartsWith("  hint:", StringComparison.Ordinal)).ToList();
        var warnings = lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)) + plain.Count;
        var json = Invoke(OneWayRelated(), "check", "--format", "json").Output;
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").GetArrayLength(), warnings);
        Assert.All(plain, l => Assert.Matches(@": warning GL\d{4}: ", l));
        Assert.Contains($"::notice title=glossary::{plain.Count} more problems are in the log as plain lines", output);
    }

    [Fact]
    public void Thirty_thousand_warnings_print_a_few_lines_at_once()
    {
        var many = Enumerable.Range(0, 30_000)
            .Select(i => new Diagnostic($"input/glossary/t{i:D5}.md", 5, 11, Severity.Warning, DiagnosticCodes.OneWayRelated, "one way"))
            .Append(new Diagnostic("input/glossary/a.md", 3, 1, Severity.Error, DiagnosticCodes.BrokenLink, "broken"))
            .ToList();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        new Reporter(TextWriter.Null, error, color: false).Diagnostics(many);
        clock.Stop();
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("input/glossary/a.md:3:1: error GL0401", lines[0]);
        Assert.Equal(DiagnosticDigest.PerCode, lines.Count(l => l.Contains("warning GL0305", StringComparison.Ordinal)));
        Assert.Contains("… and 29,995 more GL0305 warnings", lines);
        Assert.True(lines.Length < 10, string.Join('\n', lines));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"printing took {clock.Elapsed}");
    }
}
