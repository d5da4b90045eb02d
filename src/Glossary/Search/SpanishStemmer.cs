namespace Glossary.Search;

/// <summary>
/// The Spanish stemmer of the Snowball project, written from its published algorithm description: attached pronouns
/// (step 0), standard suffixes (1), y-verb and other verb suffixes (2a, 2b), residual suffixes (3), then acute accents
/// are removed. "necesidades" and "necesidad" both become "neces"; "abandonarlo" becomes "abandon". Input is expected
/// in lower case; the index stems words after the tokenizer has folded their accents, which the client does too.
/// </summary>
public static class SpanishStemmer
{
    private const string Vowels = "aeiouáéíóúü";

    private static readonly string[] Pronouns = ["selas", "selos", "sela", "selo", "las", "les", "los", "nos", "me", "se", "la", "le", "lo"];

    private static readonly string[] PronounEndings = ["iéndo", "iendo", "yendo", "ándo", "ando", "ár", "ér", "ír", "ar", "er", "ir"];

    private enum Standard { Delete, DeleteIc, Log, U, Ente, Amente, Mente, Idad, Iva }

    private static readonly (string Suffix, Standard Rule)[] StandardSuffixes = ByLength(
    [
        .. Rule(Standard.Delete, "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista",
            "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"),
        .. Rule(Standard.DeleteIc, "adora", "ador", "ación", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"),
        .. Rule(Standard.Log, "logía", "logías"),
        .. Rule(Standard.U, "ución", "uciones"),
        .. Rule(Standard.Ente, "encia", "encias"),
        .. Rule(Standard.Amente, "amente"),
        .. Rule(Standard.Mente, "mente"),
        .. Rule(Standard.Idad, "idad", "idades"),
        .. Rule(Standard.Iva, "iva", "ivo", "ivas", "ivos"),
    ]);

    private static readonly string[] YVerbSuffixes = Longest(["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yó", "yas", "yes", "yais", "yamos"]);

    private static readonly string[] GuVerbSuffixes = ["en", "es", "éis", "emos"];

    private static readonly string[] VerbSuffixes = Longest(
    [
        .. GuVerbSuffixes,
        "arían", "arías", "arán", "arás", "aríais", "aría", "aréis", "aríamos", "aremos", "ará", "aré",
        "erían", "erías", "erán", "erás", "eríais", "ería", "eréis", "eríamos", "eremos", "erá", "eré",
        "irían", "irías", "irán", "irás", "iríais", "iría", "iréis", "iríamos", "iremos", "irá", "iré",
        "aba", "ada", "ida", "ía", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ían", "aran", "ieran",
        "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ió", "ar", "er", "ir", "as", "abas", "adas", "idas", "ías",
        "aras", "ieras", "ases", "ieses", "ís", "áis", "abais", "íais", "arais", "ierais", "aseis", "ieseis", "asteis", "isteis", "ados",
        "idos", "amos", "ábamos", "íamos", "imos", "áramos", "iéramos", "iésemos", "ásemos",
    ]);

    private static readonly string[] ResidualSuffixes = Longest(["os", "a", "o", "á", "í", "ó", "e", "é"]);

    public static string Stem(string word)
    {
        var (rv, r1, r2) = Regions(word);
        word = AttachedPronoun(word, rv);
        if (StandardSuffix(word, r1, r2) is { } standard) word = standard;
        else if (YVerbSuffix(word, rv) is { } yVerb) word = yVerb;
        else if (VerbSuffix(word, rv) is { } verb) word = verb;
        return RemoveAccents(ResidualSuffix(word, rv));
    }

    private static bool IsVowel(char c) => Vowels.Contains(c);

    /// <summary>RV, R1 and R2 as the algorithm defines them: where each region starts (the word's length when it is empty).</summary>
    private static (int RV, int R1, int R2) Regions(string w)
    {
        var rv = w.Length;
        if (w.Length >= 2)
        {
            if (IsVowel(w[0])) rv = !IsVowel(w[1]) ? After(w, 2, IsVowel) : After(w, 2, c => !IsVowel(c));
            else if (!IsVowel(w[1])) rv = After(w, 2, IsVowel);
            else if (w.Length >= 3) rv = 3;
        }
        var r1 = RegionAfter(w, 0);
        return (rv, r1, RegionAfter(w, r1));
    }

    /// <summary>The position after the first vowel followed by a non-vowel, from <paramref name="from"/> on.</summary>
    private static int RegionAfter(string w, int from)
    {
        var vowel = After(w, from, IsVowel);
        return vowel >= w.Length ? w.Length : After(w, vowel, c => !IsVowel(c));
    }

    /// <summary>The position after the first letter at or after <paramref name="from"/> that matches; the word's length when none does.</summary>
    private static int After(string w, int from, Func<char, bool> match)
    {
        for (var i = from; i < w.Length; i++)
            if (match(w[i])) return i + 1;
        return w.Length;
    }

    private static string AttachedPronoun(string w, int rv)
    {
        if (Pronouns.FirstOrDefault(p => Ends(w, p)) is not { } pronoun) return w;
        var stem = w[..^pronoun.Length];
        if (PronounEndings.FirstOrDefault(e => Ends(stem, e)) is not { } ending || stem.Length - ending.Length < rv) return w;
        return ending switch
        {
            "yendo" => stem.Length > ending.Length && stem[^(ending.Length + 1)] == 'u' ? stem : w,
            "iéndo" or "ándo" or "ár" or "ér" or "ír" => stem[..^ending.Length] + RemoveAccents(ending),
            _ => stem,
        };
    }

    /// <summary>Step 1: the word without its standard suffix, or null when it has none the rules remove.</summary>
    private static string? StandardSuffix(string w, int r1, int r2)
    {
        var (suffix, rule) = StandardSuffixes.FirstOrDefault(s => w.EndsWith(s.Suffix, StringComparison.Ordinal));
        if (suffix is null) return null;
        var start = w.Length - suffix.Length;
        if (start < (rule == Standard.Amente ? r1 : r2)) return null;
        var rest = w[..start];
        return rule switch
        {
            Standard.Delete => rest,
            Standard.DeleteIc => DeleteInR2(rest, r2, "ic"),
            Standard.Log => rest + "log",
            Standard.U => rest + "u",
            Standard.Ente => rest + "ente",
            Standard.Amente => rest.EndsWith("iv", StringComparison.Ordinal) && rest.Length - 2 >= r2 ? DeleteInR2(rest[..^2], r2, "at")
                : DeleteInR2(rest, r2, "os", "ic", "ad"),
            Standard.Mente => DeleteInR2(rest, r2, "ante", "able", "ible"),
            Standard.Idad => DeleteInR2(rest, r2, "abil", "ic", "iv"),
            _ => DeleteInR2(rest, r2, "at"),
        };
    }

    /// <summary>The word without the longest of <paramref name="suffixes"/> it ends with, when that one lies in R2.</summary>
    private static string DeleteInR2(string w, int r2, params string[] suffixes)
    {
        var suffix = suffixes.OrderByDescending(s => s.Length).FirstOrDefault(s => Ends(w, s));
        return suffix is not null && w.Length - suffix.Length >= r2 ? w[..^suffix.Length] : w;
    }

    /// <summary>Step 2a: a suffix starting with y, in RV, after a u.</summary>
    private static string? YVerbSuffix(string w, int rv)
    {
        var suffix = InRegion(w, rv, YVerbSuffixes);
        return suffix is not null && w.Length > suffix.Length && w[^(suffix.Length + 1)] == 'u' ? w[..^suffix.Length] : null;
    }

    /// <summary>Step 2b: other verb suffixes in RV; after "gu", en/es/éis/emos take the u with them.</summary>
    private static string? VerbSuffix(string w, int rv)
    {
        if (InRegion(w, rv, VerbSuffixes) is not { } suffix) return null;
        var rest = w[..^suffix.Length];
        return GuVerbSuffixes.Contains(suffix) && rest.EndsWith("gu", StringComparison.Ordinal) ? rest[..^1] : rest;
    }

    /// <summary>Step 3: os, a, o, á, í, ó in RV; e or é in RV, and a u before it in RV after a g.</summary>
    private static string ResidualSuffix(string w, int rv)
    {
        var suffix = ResidualSuffixes.FirstOrDefault(s => Ends(w, s));
        if (suffix is null || w.Length - suffix.Length < rv) return w;
        var rest = w[..^suffix.Length];
        return suffix is "e" or "é" && rest.EndsWith("gu", StringComparison.Ordinal) && rest.Length - 1 >= rv ? rest[..^1] : rest;
    }

    /// <summary>The longest of <paramref name="suffixes"/> (sorted longest first) that the word ends with and that lies in the region.</summary>
    private static string? InRegion(string w, int region, string[] suffixes) =>
        suffixes.FirstOrDefault(s => w.EndsWith(s, StringComparison.Ordinal) && w.Length - s.Length >= region);

    private static bool Ends(string w, string suffix) => w.EndsWith(suffix, StringComparison.Ordinal);

    private static string RemoveAccents(string w) =>
        w.Replace('á', 'a').Replace('é', 'e').Replace('í', 'i').Replace('ó', 'o').Replace('ú', 'u');

    private static IEnumerable<(string, Standard)> Rule(Standard rule, params string[] suffixes) => suffixes.Select(s => (s, rule));

    private static (string, Standard)[] ByLength(IEnumerable<(string Suffix, Standard Rule)> rules) => [.. rules.OrderByDescending(r => r.Suffix.Length)];

    private static string[] Longest(string[] suffixes) => [.. suffixes.OrderByDescending(s => s.Length)];
}
