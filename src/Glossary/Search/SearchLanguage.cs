namespace Glossary.Search;

/// <summary>
/// How one language's words are indexed: the stop words left out (of the index, and of queries: the manifest lists them)
/// and the stemmer. Words reach both folded (lower case, no accents), as the tokenizer makes them.
/// </summary>
public sealed class SearchLanguage
{
    private SearchLanguage(string code, HashSet<string> stopWords, Func<string, string> stem)
    {
        Code = code;
        StopWords = stopWords;
        StopWordLookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Stem = stem;
    }

    public string Code { get; }

    public IReadOnlySet<string> StopWords { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; }

    public Func<string, string> Stem { get; }

    public static SearchLanguage English { get; } = new("en", SearchTokenizer.StopWords, Porter2Stemmer.Stem);

    /// <summary>Spanish: Snowball's Spanish stemmer, and the most common Spanish function words (folded: "más" is "mas").</summary>
    public static SearchLanguage Spanish { get; } = new("es", new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "al", "como", "con", "de", "del", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa", "ese", "eso",
        "esta", "estas", "este", "esto", "estos", "fue", "ha", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi",
        "muy", "nos", "o", "para", "pero", "por", "que", "se", "si", "sin", "son", "su", "sus", "tambien", "te", "tu", "u", "un",
        "una", "uno", "unos", "unas", "usted", "ustedes", "y", "ya", "yo",
    }, SpanishStemmer.Stem);

    /// <summary>The language's rules by its code ("es"); English for any language without its own.</summary>
    public static SearchLanguage For(string code) => code == Spanish.Code ? Spanish : English;
}
