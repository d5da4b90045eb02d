using System.Text.RegularExpressions;
using Glossary.Explain;

namespace Glossary.Tests.Explain;

/// <summary>The English deadline pattern against the table shared with explain.js (the browser test runs the same table).</summary>
public sealed class DeadlinePatternTests
{
    public static TheoryData<string> Texts() => [.. DeadlineCases.All.Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_pattern_finds_the_deadlines_the_shared_table_expects(string text)
    {
        var pattern = new Regex(DeadlinePatterns.English, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(DeadlineCases.All.Single(c => c.Text == text).Expected, pattern.Matches(text).Select(m => m.Value));
    }
}
