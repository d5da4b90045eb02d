using Glossary.Content;
using Glossary.Linking;

namespace Glossary.Tests.Explain;

/// <summary>
/// Auto-linking's matcher against the table shared with explain-text.js: every mention, left to right, by calling
/// <see cref="TermMatcher.First"/> again after each one with nothing skipped (the browser test runs the same table).
/// </summary>
public sealed class TermMatchingTests
{
    public static TheoryData<string> Texts() => [.. TermMatchingCases.All.Select(c => c.Text)];

    private static List<(int Start, string Text, string Slug)> Mentions(TermMatcher matcher, string text)
    {
        var found = new List<(int, string, string)>();
        var nothing = new HashSet<ContentDocument>();
        for (var at = 0; matcher.First(text.AsSpan(at), nothing) is { } match; at += match.Start + match.Length)
            found.Add((at + match.Start, text.Substring(at + match.Start, match.Length), match.Entry.Slug));
        return found;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Auto_linking_finds_the_mentions_the_shared_table_expects(string text)
    {
        var matcher = new TermMatcher(TermMatchingCases.Site.State!.Site.Entries);
        Assert.Equal(TermMatchingCases.All.Single(c => c.Text == text).Expected, Mentions(matcher, text));
    }
}
