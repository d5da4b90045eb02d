using System.Collections.Frozen;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// Finds mentions of glossary terms in plain text: whole words only; titles and ordinary aliases match in any case,
/// abbreviations (aliases written in capitals, such as IOP or ICD-10-CM) only exactly as written. At each position
/// the longest name wins. Names are kept in a tree of words (case-insensitive), so each position costs a walk as
/// long as the longest name there, whatever the number of terms sharing a first word, without allocating per word.
/// </summary>
public sealed class TermMatcher
{
    private sealed record Name(string[] Words, bool ExactCase, ContentDocument Entry);

    /// <summary>A node of the word tree: the names that end here (by slug) and the words that go on.</summary>
    private sealed class Node
    {
        public List<Name> Names { get; } = [];

        public Dictionary<string, Node> Next { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> NextBySpan { get; private set; }

        public void Freeze()
        {
            Names.Sort((a, b) => StringComparer.Ordinal.Compare(a.Entry.Slug, b.Entry.Slug));
            NextBySpan = Next.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in Next.Values) child.Freeze();
        }
    }

    private readonly Node _root = new();

    public TermMatcher(IEnumerable<ContentDocument> entries)
    {
        foreach (var entry in entries.Where(e => e.Meta.Autolink))
        {
            Add(new Name(Words(entry.Title), ExactCase: false, entry));
            foreach (var alias in entry.Meta.Aliases)
                Add(new Name(Words(alias.Value), IsAbbreviation(alias.Value), entry));
        }
        _root.Freeze();
    }

    private void Add(Name name)
    {
        if (name.Words.Length == 0) return;
        var node = _root;
        foreach (var word in name.Words)
        {
            if (!node.Next.TryGetValue(word, out var next)) node.Next[word] = next = new Node();
            node = next;
        }
        node.Names.Add(name);
    }

    public readonly record struct Match(int Start, int Length, ContentDocument Entry);

    // The word positions of the text being matched, and the tree nodes with names along one walk, reused by each
    // thread (one text at a time per thread).
    [ThreadStatic] private static List<(int Index, int Length)>? t_words;
    [ThreadStatic] private static List<(int Words, Node Node)>? t_ends;

    /// <summary>
    /// The first mention in <paramref name="text"/> of a term not in <paramref name="skip"/>, starting at or after
    /// <paramref name="from"/> and ending before <paramref name="endBefore"/>. Mentions are read left to right without
    /// overlapping, so a skipped term's words are not matched again as part of another name.
    /// </summary>
    public Match? First(ReadOnlySpan<char> text, IReadOnlySet<ContentDocument> skip, int from = 0, int endBefore = int.MaxValue)
    {
        var words = t_words ??= new List<(int Index, int Length)>(64);
        var ends = t_ends ??= new List<(int Words, Node Node)>(4);
        words.Clear();
        CollectWords(text, words);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Index < from) continue;
            Walk(text, words, i, ends);
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var (length, node) = ends[e];
                var last = words[i + length - 1];
                var matchEnd = last.Index + last.Length;
                foreach (var name in node.Names)
                {
                    if (name.ExactCase && !SameCase(text, words, i, name) || matchEnd >= endBefore) continue;
                    if (!skip.Contains(name.Entry)) return new Match(words[i].Index, matchEnd - words[i].Index, name.Entry);
                    i += length - 1;
                    goto nextWord;
                }
            }
            nextWord:;
        }
        return null;
    }

    /// <summary>The tree nodes with names reached from word <paramref name="at"/>, shortest first; words of one name are separated by white space only.</summary>
    private void Walk(ReadOnlySpan<char> text, List<(int Index, int Length)> words, int at, List<(int Words, Node Node)> ends)
    {
        ends.Clear();
        var node = _root;
        for (var k = at; k < words.Count; k++)
        {
            var (index, length) = words[k];
            if (k > at)
            {
                var previous = words[k - 1];
                var gap = text.Slice(previous.Index + previous.Length, index - previous.Index - previous.Length);
                if (gap.IsEmpty || !gap.IsWhiteSpace()) return;
            }
            if (!node.NextBySpan.TryGetValue(text.Slice(index, length), out var next)) return;
            node = next;
            if (node.Names.Count > 0) ends.Add((k - at + 1, node));
        }
    }

    private static bool SameCase(ReadOnlySpan<char> text, List<(int Index, int Length)> words, int at, Name name)
    {
        for (var k = 0; k < name.Words.Length; k++)
            if (!text.Slice(words[at + k].Index, words[at + k].Length).Equals(name.Words[k], StringComparison.Ordinal)) return false;
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
