using System.Text;
using System.Text.RegularExpressions;

namespace Glossary.Text;

public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>"Prior Authorization (PA)" becomes "prior-authorization-pa".</summary>
    public static string From(string text)
    {
        var folded = TextFolding.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
