namespace Glossary.Search;

/// <summary>
/// The English (Porter2) stemmer of the Snowball project, written from its published algorithm description:
/// "appeals", "appealing" and "appealed" all become "appeal"; "medical" becomes "medic". Input is expected in
/// lower case (the tokenizer folds case and accents first). Thread-safe and allocation-light.
/// </summary>
public static class Porter2Stemmer
{
    private static readonly Dictionary<string, string> Exceptions1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> Exceptions2 = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly string[] Step2Suffixes =
    [
        "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation", "alism",
        "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli", "ogi", "li",
    ];

    private static readonly string[] Step3Suffixes = ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (Exceptions1.TryGetValue(word, out var exception)) return exception;

        var w = new System.Text.StringBuilder(word);
        if (w[0] == '\'') w.Remove(0, 1);
        if (w.Length > 0 && w[0] == 'y') w[0] = 'Y';
        for (var i = 1; i < w.Length; i++)
            if (w[i] == 'y' && IsVowel(w[i - 1])) w[i] = 'Y';

        var (r1, r2) = Regions(w);

        Step0(w);
        Step1A(w);
        if (Exceptions2.Contains(w.ToString())) return w.ToString();
        Step1B(w, r1);
        Step1C(w);
        Step2(w, r1);
        Step3(w, r1, r2);
        Step4(w, r2);
        Step5(w, r1, r2);

        for (var i = 0; i < w.Length; i++)
            if (w[i] == 'Y') w[i] = 'y';
        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static (int R1, int R2) Regions(System.Text.StringBuilder w)
    {
        var text = w.ToString();
        int r1;
        if (text.StartsWith("gener", StringComparison.Ordinal) || text.StartsWith("arsen", StringComparison.Ordinal)) r1 = 5;
        else if (text.StartsWith("commun", StringComparison.Ordinal)) r1 = 6;
        else r1 = RegionAfter(w, 0);
        return (r1, RegionAfter(w, r1));
    }

    /// <summary>The position after the first non-vowel that follows a vowel, searching from <paramref name="start"/>.</summary>
    private static int RegionAfter(System.Text.StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    private static bool EndsWith(System.Text.StringBuilder w, string suffix)
    {
        if (suffix.Length > w.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (w[w.Length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }

    private static void Replace(System.Text.StringBuilder w, string suffix, string replacement)
    {
        w.Length -= suffix.Length;
        w.Append(replacement);
    }

    private static bool ContainsVowel(System.Text.StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
            if (IsVowel(w[i])) return true;
        return false;
    }

    /// <summary>A short syllable ends at <paramref name="end"/> (exclusive): non-vowel, vowel, non-vowel other than w, x, Y; or vowel, non-vowel at the start.</summary>
    private static bool EndsInShortSyllable(System.Text.StringBuilder w, int end)
    {
        if (end == 2) return IsVowel(w[0]) && !IsVowel(w[1]);
        if (end < 3) return false;
        var c = w[end - 1];
        return !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(c) && c is not ('w' or 'x' or 'Y');
    }

    private static bool IsShort(System.Text.StringBuilder w, int r1) => r1 >= w.Length && EndsInShortSyllable(w, w.Length);

    private static void Step0(System.Text.StringBuilder w)
    {
        foreach (var suffix in new[] { "'s'", "'s", "'" })
        {
            if (EndsWith(w, suffix))
            {
                w.Length -= suffix.Length;
                return;
            }
        }
    }

    private static void Step1A(System.Text.StringBuilder w)
    {
        if (EndsWith(w, "sses")) Replace(w, "sses", "ss");
        else if (EndsWith(w, "ied") || EndsWith(w, "ies")) Replace(w, "ies", w.Length > 4 ? "i" : "ie");
        else if (EndsWith(w, "us") || EndsWith(w, "ss")) { }
        else if (EndsWith(w, "s") && ContainsVowel(w, w.Length - 2)) w.Length -= 1;
    }

    private static void Step1B(System.Text.StringBuilder w, int r1)
    {
        foreach (var suffix in new[] { "eedly", "eed" })
        {
            if (!EndsWith(w, suffix)) continue;
            if (w.Length - suffix.Length >= r1) Replace(w, suffix, "ee");
            return;
        }
        foreach (var suffix in new[] { "ingly", "edly", "ing", "ed" })
        {
            if (!EndsWith(w, suffix)) continue;
            if (!ContainsVowel(w, w.Length - suffix.Length)) return;
            w.Length -= suffix.Length;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Append('e');
            else if (EndsWithDouble(w)) w.Length -= 1;
            else if (IsShort(w, r1)) w.Append('e');
            return;
        }
    }

    private static bool EndsWithDouble(System.Text.StringBuilder w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static void Step1C(System.Text.StringBuilder w)
    {
        if (w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2])) w[^1] = 'i';
    }

    private static void Step2(System.Text.StringBuilder w, int r1)
    {
        var suffix = Step2Suffixes.FirstOrDefault(s => EndsWith(w, s));
        if (suffix is null || w.Length - suffix.Length < r1) return;
        switch (suffix)
        {
            case "tional": Replace(w, suffix, "tion"); break;
            case "enci": Replace(w, suffix, "ence"); break;
            case "anci": Replace(w, suffix, "ance"); break;
            case "abli": Replace(w, suffix, "able"); break;
            case "entli": Replace(w, suffix, "ent"); break;
            case "izer" or "ization": Replace(w, suffix, "ize"); break;
            case "ational" or "ation" or "ator": Replace(w, suffix, "ate"); break;
            case "alism" or "aliti" or "alli": Replace(w, suffix, "al"); break;
            case "fulness": Replace(w, suffix, "ful"); break;
            case "ousli" or "ousness": Replace(w, suffix, "ous"); break;
            case "iveness" or "iviti": Replace(w, suffix, "ive"); break;
            case "biliti" or "bli": Replace(w, suffix, "ble"); break;
            case "ogi":
                if (w.Length > 3 && w[^4] == 'l') Replace(w, suffix, "og");
                break;
            case "fulli": Replace(w, suffix, "ful"); break;
            case "lessli": Replace(w, suffix, "less"); break;
            case "li":
                if (w.Length > 2 && w[^3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't') w.Length -= 2;
                break;
        }
    }

    private static void Step3(System.Text.StringBuilder w, int r1, int r2)
    {
        var suffix = Step3Suffixes.FirstOrDefault(s => EndsWith(w, s));
        if (suffix is null || w.Length - suffix.Length < r1) return;
        switch (suffix)
        {
            case "tional": Replace(w, suffix, "tion"); break;
            case "ational": Replace(w, suffix, "ate"); break;
            case "alize": Replace(w, suffix, "al"); break;
            case "icate" or "iciti" or "ical": Replace(w, suffix, "ic"); break;
            case "ful" or "ness": w.Length -= suffix.Length; break;
            case "ative":
                if (w.Length - suffix.Length >= r2) w.Length -= suffix.Length;
                break;
        }
    }

    private static void Step4(System.Text.StringBuilder w, int r2)
    {
        var suffix = Step4Suffixes.FirstOrDefault(s => EndsWith(w, s));
        if (suffix is null || w.Length - suffix.Length < r2) return;
        if (suffix == "ion")
        {
            if (w.Length > 3 && w[^4] is 's' or 't') w.Length -= 3;
            return;
        }
        w.Length -= suffix.Length;
    }

    private static void Step5(System.Text.StringBuilder w, int r1, int r2)
    {
        if (EndsWith(w, "e"))
        {
            var stem = w.Length - 1;
            if (stem >= r2 || (stem >= r1 && !EndsInShortSyllable(w, stem))) w.Length -= 1;
        }
        else if (EndsWith(w, "l") && w.Length - 1 >= r2 && w.Length > 1 && w[^2] == 'l')
        {
            w.Length -= 1;
        }
    }
}
