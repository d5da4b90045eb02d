namespace Glossary.Text;

public static class EditDistance
{
    /// <summary>
    /// The fewest insertions, deletions, substitutions and swaps of two neighbouring letters that turn one text into the
    /// other (Damerau–Levenshtein, optimal string alignment: no letter is edited twice). A swap counts as one edit, as in
    /// typo-tolerant search engines: "reveiw" is one edit from "review". search.js counts the same way; both are tested
    /// against one table of cases (tests/Glossary.Tests/Text/edit-distance-cases.json).
    /// </summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        // Three rows: the one before the previous is what a swap of a[i-2..i] with b[j-2..j] builds on.
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = best;
            }
            previous.CopyTo(beforePrevious);
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }
}
