using System.Buffers;
using System.Globalization;
using System.Text;

namespace Glossary.Search;

/// <summary>
/// Splits text into search words: lower case, accents removed ("médical" → "medical"), letters and digits only
/// (hyphens and apostrophes split words), common English stop words dropped. The browser client applies the same rules,
/// with the stop words the search manifest gives it.
/// </summary>
public static class SearchTokenizer
{
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into", "is", "it",
        "its", "of", "on", "or", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "to", "was", "were", "will", "with", "you", "your",
    };

    /// <summary>Receives one word; the span is only valid during the call.</summary>
    public delegate void WordHandler(ReadOnlySpan<char> word);

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>Calls <paramref name="onWord"/> for each word of <paramref name="text"/>, in order, without making a string per word.</summary>
    public static void ForEachWord(string text, WordHandler onWord) => ForEachWord(text, onWord, SearchLanguage.English);

    /// <summary>The same, leaving out <paramref name="language"/>'s stop words.</summary>
    public static void ForEachWord(string text, WordHandler onWord, SearchLanguage language)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        // A word is never longer than the text it comes from.
        char[]? rented = null;
        var buffer = decomposed.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(decomposed.Length));
        var length = 0;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }
            if (length > 0)
            {
                Emit(buffer[..length], onWord, language);
                length = 0;
            }
        }
        if (length > 0) Emit(buffer[..length], onWord, language);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    private static void Emit(ReadOnlySpan<char> word, WordHandler onWord, SearchLanguage language)
    {
        if ((word.Length > 1 || char.IsDigit(word[0])) && !language.StopWordLookup.Contains(word)) onWord(word);
    }
}
