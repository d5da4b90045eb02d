using Glossary.Markdown;
using Markdig.Syntax;

namespace Glossary.Lints;

/// <summary>Flesch–Kincaid grade level of a document's prose (paragraphs and list items; headings and code excluded).</summary>
public static class Readability
{
    public static double Grade(MarkdownDocument markdown)
    {
        var text = string.Join(" ", markdown.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p)));
        return Grade(text);
    }

    public static double Grade(string text)
    {
        var sentences = Math.Max(1, text.Split(['.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Count(s => s.Any(char.IsLetter)));
        var words = text.Split([' ', '\n', '\t', '—', '–', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0) return 0;
        var syllables = words.Sum(Syllables);
        return 0.39 * words.Count / sentences + 11.8 * syllables / words.Count - 15.59;
    }

    /// <summary>Vowel groups, less a silent final 'e', at least one: a common approximation, close enough for a lint.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel) count++;
            previousVowel = vowel;
        }
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1) count--;
        return Math.Max(1, count);
    }
}
