using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// Finds mentions of glossary terms in plain text: whole words only; titles and ordinary aliases match in any case,
/// abbreviations (aliases written in capitals, such as IOP or ICD-10-CM) only exactly as written. At each position
/// the longest name wins. Lookups go through the first word, without allocating per word.
/// </summary>
public sealed partial class TermMatcher
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    private sealed record Name(string[] Words, bool ExactCase, ContentDocument Entry);

    private readonly Dictionary<string, Name[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public TermMatcher(IEnumerable<ContentDocument> entries)
    {
        var names = new List<Name>();
        foreach (var entry in entries.Where(e => e.Meta.Autolink))
        {
            names.Add(new Name(Words(entry.Title), ExactCase: false, entry));
            foreach (var alias in entry.Meta.Aliases)
                names.Add(new Name(Words(alias.Value), IsAbbreviation(alias.Value), entry));
        }
        var byFirstWord = names.Where(n => n.Words.Length > 0)
            .GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ThenBy(n => n.Entry.Slug, StringComparer.Ordinal).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public readonly record struct Match(int Start, int Length, ContentDocument Entry);

    /// <summary>Every mention in <paramref name="text"/>, left to right, non-overlapping.</summary>
    public IEnumerable<Match> Find(string text)
    {
        var words = new List<(int Index, int Length)>();
        foreach (var m in WordPattern().EnumerateMatches(text)) words.Add((m.Index, m.Length));
        for (var i = 0; i < words.Count; i++)
        {
            var first = text.AsSpan(words[i].Index, words[i].Length);
            if (!_byFirstWord.TryGetValue(first, out var candidates)) continue;
            foreach (var name in candidates)
            {
                if (!Matches(text, words, i, name)) continue;
                var last = words[i + name.Words.Length - 1];
                yield return new Match(words[i].Index, last.Index + last.Length - words[i].Index, name.Entry);
                i += name.Words.Length - 1;
                break;
            }
        }
    }

    private static bool Matches(string text, List<(int Index, int Length)> words, int at, Name name)
    {
        if (at + name.Words.Length > words.Count) return false;
        var comparison = name.ExactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < name.Words.Length; k++)
        {
            var (index, length) = words[at + k];
            if (!text.AsSpan(index, length).Equals(name.Words[k], comparison)) return false;
            // Words of one name are separated by white space only, not by punctuation.
            if (k > 0)
            {
                var previous = words[at + k - 1];
                var gap = text.AsSpan(previous.Index + previous.Length, index - previous.Index - previous.Length);
                if (gap.IsEmpty || !gap.IsWhiteSpace()) return false;
            }
        }
        return true;
    }

    private static string[] Words(string name) => [.. WordPattern().Matches(name).Select(m => m.Value)];

    private static bool IsAbbreviation(string alias) =>
        alias.Any(char.IsUpper) && !alias.Any(char.IsLower);
}
