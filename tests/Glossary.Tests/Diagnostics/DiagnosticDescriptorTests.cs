using System.Reflection;
using System.Text.RegularExpressions;
using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// One descriptor per code: every id constant has one and every descriptor is an id constant, a code is reported only
/// with its descriptor's severity, and the README's table says what the descriptors say.
/// </summary>
public sealed partial class DiagnosticDescriptorTests
{
    /// <summary>Every constant of <see cref="DiagnosticCodes"/>, by name.</summary>
    private static Dictionary<string, string> Constants() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_code_has_one_descriptor_and_every_descriptor_is_a_code()
    {
        var constants = Constants();
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Empty(constants.GroupBy(c => c.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Key))}"));
        Assert.Empty(constants.Where(c => !ids.Contains(c.Value)).Select(c => $"{c.Key} ({c.Value}) has no descriptor"));
        Assert.Empty(ids.Where(id => !constants.ContainsValue(id)).Select(id => $"{id} is not a constant of DiagnosticCodes"));
        Assert.Equal(ids.Distinct(), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Matches(@"^GL0[0-7]\d\d$", d.Id);
            Assert.EndsWith(".", d.Title);
            Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        });
    }

    [Fact]
    public void Lints_are_warnings()
    {
        var lints = DiagnosticDescriptors.All.Where(d => d.Id.StartsWith("GL07", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lints);
        Assert.All(lints, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(lints, d => Assert.StartsWith("Check: ", d.Title));
    }

    [Fact]
    public void A_code_is_refused_with_another_severity_or_without_a_descriptor()
    {
        var bag = new DiagnosticBag();
        var at = new SourceLocation("input/glossary/a.md", 3, 1);
        var wrong = Assert.Throws<ArgumentException>(() => bag.Warning(at, DiagnosticCodes.BrokenLink, "a link"));
        Assert.Contains("GL0401 is reported as an error, not as a warning", wrong.Message);
        Assert.Throws<ArgumentException>(() => bag.Error(at, DiagnosticCodes.OneWayRelated, "one way"));
        Assert.Throws<ArgumentException>(() => bag.Add(new Diagnostic(at.File, 3, 1, Severity.Warning, DiagnosticCodes.UnsafeHtml, "x")));
        var unknown = Assert.Throws<ArgumentException>(() => bag.Error(at, "GL0999", "no such code"));
        Assert.Contains("'GL0999' has no descriptor", unknown.Message);
        Assert.Empty(bag.ToSortedList());
    }

    /// <summary>
    /// The bag refuses a wrong severity when it is reported; this finds one at every call site in src/, also those
    /// that no test input reaches.
    /// </summary>
    [Fact]
    public void Every_call_site_reports_its_code_with_the_descriptors_severity()
    {
        var constants = Constants();
        var src = Path.Combine(RepoPaths.Root, "src");
        var calls = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ReportCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(src, f), Verb: m.Groups[1].Value, Name: m.Groups[2].Value)))
            .ToList();
        Assert.True(calls.Count > 50, $"found only {calls.Count} calls to Error(…)/Warning(…) in src/");
        var wrong = calls
            .Where(c => DiagnosticDescriptors.For(constants[c.Name]).Severity.ToString() != c.Verb)
            .Select(c => $"{c.File}: {c.Verb}(…, DiagnosticCodes.{c.Name}) but {constants[c.Name]} is a {DiagnosticDescriptors.For(constants[c.Name]).Severity}");
        Assert.True(!wrong.Any(), string.Join("\n", wrong));
    }

    [GeneratedRegex(@"\.(Error|Warning)\([^;]*?\bDiagnosticCodes\.(\w+)")]
    private static partial Regex ReportCall();

    [Fact]
    public void A_diagnostic_reported_without_a_hint_gets_its_descriptors()
    {
        var text = TestSite.Entry("Alpha", extraFrontMatter: "draft: maybe");
        var d = Single(new TestSite().With("glossary/a.md", text).Build(), DiagnosticCodes.WrongType);
        At(d, "input/glossary/a.md", FixtureText.LineOf(text, "draft: maybe"), "'draft' must be true or false, not 'maybe'");
        Assert.Equal(DiagnosticDescriptors.For(DiagnosticCodes.WrongType).Hint, d.Hint);
    }

    [Fact]
    public void The_readme_table_and_the_descriptors_agree_both_ways()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
        var rows = ReadmeRows(readme);
        var expected = DiagnosticDescriptors.All.Select(Row).ToList();
        var table = $"the table should read:\n{Header}\n{string.Join("\n", expected)}";

        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
        Assert.True(rows.All(r => RowPattern().IsMatch(r)), $"a row is not '| GLnnnn | error or warning | meaning |'; {table}");
        var readmeIds = rows.Select(r => RowPattern().Match(r).Groups[1].Value).ToList();
        Assert.True(readmeIds.All(ids.Contains), $"the README lists {string.Join(", ", readmeIds.Where(i => !ids.Contains(i)))}, which no descriptor has; {table}");
        Assert.True(ids.All(readmeIds.Contains), $"the README lacks {string.Join(", ", ids.Where(i => !readmeIds.Contains(i)))}; {table}");
        var differ = expected.Zip(rows).Where(p => p.First != p.Second).Select(p => $"README:      {p.Second}\ndescriptor:  {p.First}");
        Assert.True(expected.SequenceEqual(rows), $"severity, meaning or order differ:\n{string.Join("\n", differ)}\n{table}");
    }

    private const string Header = "| code | severity | meaning |\n|---|---|---|";

    private static string Row(DiagnosticDescriptor d) =>
        $"| {d.Id} | {(d.Severity == Severity.Error ? "error" : "warning")} | {d.Title} |";

    /// <summary>The rows of the table under "## Diagnostic codes", up to the first line that is not a row.</summary>
    private static List<string> ReadmeRows(string readme)
    {
        var section = readme.IndexOf("\n## Diagnostic codes\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "the README has no '## Diagnostic codes' section");
        var header = readme.IndexOf(Header, section, StringComparison.Ordinal);
        Assert.True(header >= 0, $"the README's diagnostic table does not start with:\n{Header}");
        return readme[(header + Header.Length + 1)..].Split('\n').TakeWhile(l => l.StartsWith('|')).ToList();
    }

    [GeneratedRegex(@"^\| (GL\d{4}) \| (error|warning) \| (.+) \|$")]
    private static partial Regex RowPattern();
}
