namespace Glossary.Tests.Support;

/// <summary>Where something is in a fixture's text, so a test computes the line it expects instead of hard-coding it.</summary>
public static class FixtureText
{
    /// <summary>The 1-based line of the first line containing <paramref name="part"/>.</summary>
    public static int LineOf(string text, string part) => Find(text, part, lines => lines.FindIndex(l => l.Contains(part, StringComparison.Ordinal)));

    /// <summary>The 1-based line of the last line containing <paramref name="part"/>.</summary>
    public static int LastLineOf(string text, string part) => Find(text, part, lines => lines.FindLastIndex(l => l.Contains(part, StringComparison.Ordinal)));

    /// <summary>The 1-based column of <paramref name="part"/> on the first line containing it.</summary>
    public static int ColumnOf(string text, string part) => text.Split('\n')[LineOf(text, part) - 1].IndexOf(part, StringComparison.Ordinal) + 1;

    private static int Find(string text, string part, Func<List<string>, int> index)
    {
        var found = index([.. text.Split('\n')]);
        Assert.True(found >= 0, $"'{part}' is not in the fixture:\n{text}");
        return found + 1;
    }
}
