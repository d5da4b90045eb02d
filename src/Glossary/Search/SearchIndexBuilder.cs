using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Output;
using Markdig.Syntax;

namespace Glossary.Search;

/// <summary>
/// Builds the static search index at build time, split into small files a browser fetches on demand:
/// <list type="bullet">
/// <item><c>search/index/manifest.json</c>: the shard names, the size of document chunks and the stop words (the client drops them from queries as the index dropped them from text);</item>
/// <item><c>search/index/w-&lt;xx&gt;.json</c>: every word starting with "xx", its stem, and its postings (document, score);</item>
/// <item><c>search/index/d-&lt;n&gt;.json</c>: title, address, kind and summary (the excerpt) for a chunk of documents.</item>
/// </list>
/// A query fetches the manifest, one word shard per query word, and the document chunks of the results it shows.
/// Scores: the best field a word appears in (title 10, alias 8, summary 4, heading 3, body 1, names weighted by their
/// shortness) plus a little for repeats.
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "search/index";
    public const int DocumentChunkSize = 128;

    /// <summary>The order of documents in the index (their numbers in postings): entries and guides, then pages, by title.</summary>
    public static List<ContentDocument> Ordered(IEnumerable<ContentDocument> documents) => documents
        .OrderBy(d => d.Kind == DocumentKind.Page ? 1 : 0)
        .ThenBy(d => d, DocumentOrder.ByTitle)
        .ToList();

    /// <summary>One word shard: each word in ordinal order with its stem and its postings (document number, score).</summary>
    public static OutputFile Shard(string key, IEnumerable<(string Word, IReadOnlyList<(int Doc, int Score)> Postings)> words, SearchLanguage language) =>
        Json(ShardPath(key), writer =>
        {
            writer.WriteStartObject();
            foreach (var (word, list) in words)
            {
                writer.WriteStartArray(word);
                writer.WriteStringValue(language.Stem(word));
                foreach (var (doc, score) in list)
                {
                    writer.WriteNumberValue(doc);
                    writer.WriteNumberValue(score);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        });

    public static string ShardPath(string key) => $"{Folder}/w-{key}.json";

    public static OutputFile DocumentChunk(int chunk, IEnumerable<ContentDocument> slice, string basePath, Languages.ThemeStrings text) =>
        Json($"{Folder}/d-{chunk}.json", writer =>
        {
            writer.WriteStartArray();
            foreach (var d in slice)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(d.Title);
                writer.WriteStringValue(SiteUrl.Href(basePath, d.Url));
                writer.WriteStringValue(KindLabel(d, text));
                writer.WriteStringValue(d.Meta.Summary);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        });

    public static OutputFile Manifest(int documents, IEnumerable<string> shardKeys, SearchLanguage language) =>
        Json($"{Folder}/manifest.json", writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteNumber("documents", documents);
            writer.WriteNumber("chunk", DocumentChunkSize);
            writer.WriteStartArray("shards");
            foreach (var key in shardKeys) writer.WriteStringValue(key);
            writer.WriteEndArray();
            writer.WriteStartArray("stop");
            foreach (var word in language.StopWords.Order(StringComparer.Ordinal)) writer.WriteStringValue(word);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>The shard a word lives in: its first two characters ("medical" → "me").</summary>
    public static string ShardKey(string word) => word.Length >= 2 ? word[..2] : word;

    /// <summary>
    /// Each word of one document with its score: 10 × the best field weight, plus one per repeat up to five. In a title
    /// or alias the weight grows as the name gets shorter (× (1 + 2 / words in the name)), so "IOP" as a whole alias
    /// outranks "IOP" as one word of a nine-word guide title, while title still beats alias for names of equal length.
    /// </summary>
    public static Dictionary<string, int> Score(ContentDocument document, SearchLanguage language)
    {
        var best = new Dictionary<string, (double Weight, int Count)>(StringComparer.Ordinal);
        // Words are counted from spans: a string is made only for a word the document has not used before.
        var lookup = best.GetAlternateLookup<ReadOnlySpan<char>>();
        var weight = 0.0;
        void Count(ReadOnlySpan<char> word)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _);
            entry = (Math.Max(entry.Weight, weight), entry.Count + 1);
        }
        void Add(string text, SearchField field)
        {
            weight = (int)field;
            if (field is SearchField.Title or SearchField.Alias)
            {
                // A word that is most of a short name ("IOP") says more than one word of a long title.
                var words = 0;
                SearchTokenizer.ForEachWord(text, _ => words++, language);
                weight *= 1 + 2.0 / Math.Max(words, 1);
            }
            SearchTokenizer.ForEachWord(text, Count, language);
        }
        Add(document.Title, SearchField.Title);
        foreach (var alias in document.Meta.Aliases) Add(alias.Value, SearchField.Alias);
        Add(document.Meta.Summary, SearchField.Summary);
        foreach (var block in document.Markdown.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading) Add(InlineText.Of(heading), SearchField.Heading);
            else if (block.Inline is not null) Add(InlineText.Of(block), SearchField.Body);
        }
        var scores = new Dictionary<string, int>(best.Count, StringComparer.Ordinal);
        foreach (var (word, (bestWeight, count)) in best) scores[word] = (int)Math.Round(bestWeight * 10) + Math.Min(count - 1, 5);
        return scores;
    }

    private static string KindLabel(ContentDocument document, Languages.ThemeStrings text) => text[document.Kind switch
    {
        DocumentKind.Entry => "search_kind_entry",
        DocumentKind.Guide => document.Meta.GuideKind == GuideKind.Report ? "search_kind_report" : "search_kind_guide",
        _ => "search_kind_page",
    }];

    /// <summary>A JSON file written compactly, with non-ASCII letters as they are (the files are UTF-8).</summary>
    public static OutputFile Json(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        return new OutputFile(path, stream.ToArray());
    }
}
