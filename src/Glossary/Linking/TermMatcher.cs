using System.Collections.Frozen;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// Finds mentions of glossary terms in plain text: whole words only; titles and ordinary aliases match in any case,
/// abbreviations (aliases written in capitals, such as IOP or ICD-10-CM) only exactly as written. At each position
/// the longest name wins. Lookups go through the first word, without allocating per word.
/// </summary>
public sealed class TermMatcher
{
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

    // The word positions of the text being matched, reused by each thread (one text at a time per thread).
    [ThreadStatic] private static List<(int Index, int Length)>? t_words;

    /// <summary>
    /// The first mention in <paramref name="text"/> of a term not in <paramref name="skip"/>, starting at or after
    /// <paramref name="from"/> and ending before <paramref name="endBefore"/>. Mentions are read left to right without
    /// overlapping, so a skipped term's words are not matched again as part of another name.
    /// </summary>
    public Match? First(ReadOnlySpan<char> text, IReadOnlySet<ContentDocument> skip, int from = 0, int endBefore = int.MaxValue)
    {
        var words = t_words ??= new List<(int Index, int Length)>(64);
        words.Clear();
        CollectWords(text, words);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Index < from || !_byFirstWord.TryGetValue(text.Slice(words[i].Index, words[i].Length), out var candidates)) continue;
            foreach (var name in candidates)
            {
                if (!Matches(text, words, i, name)) continue;
                var last = words[i + name.Words.Length - 1];
                var match = new Match(words[i].Index, last.Index + last.Length - words[i].Index, name.Entry);
                if (last.Index + last.Length >= endBefore) continue;
                if (!skip.Contains(match.Entry)) return match;
                i += name.Words.Length - 1;
                break;
            }
        }
        return null;
    }

    private static bool Matches(ReadOnlySpan<char> text, List<(int Index, int Length)> words, int at, Name name)
    {
        if (at + name.Words.Length > words.Count) return false;
        var comparison = name.ExactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < name.Words.Length; k++)
        {
            var (index, length) = words[at + k];
            if (!text.Slice(index, length).Equals(name.Words[k], comparison)) return false;
            // Words of one name are separated by white space only, not by punctuation.
            if (k > 0)
            {
                var previous = words[at + k - 1];
                var gap = text.Slice(previous.Index + previous.Length, index - previous.Index - previous.Length);
                if (gap.IsEmpty || !gap.IsWhiteSpace()) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Words are runs of letters and digits, joined by single hyphens or apostrophes ("ICD-10-CM", "insurer's"): the
    /// pattern <c>[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*</c>, scanned by hand to allocate nothing.
    /// </summary>
    private static void CollectWords(ReadOnlySpan<char> text, List<(int Index, int Length)> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (true)
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                if (i + 1 < text.Length && text[i] is '-' or '\'' or '’' && IsWordChar(text[i + 1]))
                {
                    i++;
                    continue;
                }
                break;
            }
            words.Add((start, i - start));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static string[] Words(string name)
    {
        var words = new List<(int Index, int Length)>();
        CollectWords(name, words);
        return [.. words.Select(w => name.Substring(w.Index, w.Length))];
    }

    private static bool IsAbbreviation(string alias) =>
        alias.Any(char.IsUpper) && !alias.Any(char.IsLower);
}
