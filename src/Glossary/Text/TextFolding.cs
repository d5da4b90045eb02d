using System.Globalization;
using System.Text;

namespace Glossary.Text;

/// <summary>Case- and accent-insensitive keys: "Médical  Necessity" and "medical necessity" fold alike.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c) || c == '-' || c == '_')
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>The letter a title is listed under in an A–Z: "A" to "Z" (accents folded), or "#" for any other start.</summary>
    public static string Initial(string title)
    {
        var folded = Fold(title);
        return folded.Length > 0 && folded[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(folded[0]).ToString() : "#";
    }
}
