using System.Globalization;
using System.Text;

namespace Glossary.Search;

/// <summary>
/// Splits text into search words: lower case, accents removed ("médical" → "medical"), letters and digits only
/// (hyphens and apostrophes split words), common English stop words dropped. The browser client applies the same rules.
/// </summary>
public static class SearchTokenizer
{
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into", "is", "it",
        "its", "of", "on", "or", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "to", "was", "were", "will", "with", "you", "your",
    };

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
            {
                if (Keep(word)) yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0 && Keep(word)) yield return word.ToString();
    }

    private static bool Keep(StringBuilder word) => word.Length > 1 || char.IsDigit(word[0]) ? !StopWords.Contains(word.ToString()) : false;
}
