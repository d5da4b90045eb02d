using System.Text.RegularExpressions;
using Glossary.Explain;

namespace Glossary.Tests.Explain;

/// <summary>The English deadline pattern (group 1 of each match) against the table shared with explain-text.js (the browser test runs the same table).</summary>
public sealed class DeadlinePatternTests
{
    public static TheoryData<string> Texts() => [.. DeadlineCases.All.Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_pattern_finds_the_deadlines_the_shared_table_expects(string text)
    {
        var pattern = new Regex(DeadlinePatterns.English, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(DeadlineCases.All.Single(c => c.Text == text).Expected, pattern.Matches(text).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Neither_the_pattern_nor_the_page_script_uses_lookbehind_which_safari_before_16_4_cannot_read()
    {
        Assert.DoesNotContain("(?<", DeadlinePatterns.English);
        var script = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "theme", "Glossary.Theme", "wwwroot", "js", "explain-text.js"));
        Assert.DoesNotContain("(?<", script);
    }
}
