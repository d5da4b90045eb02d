using Glossary.Content;
using Glossary.Output;

namespace Glossary.Search;

/// <summary>
/// The search index as data: documents in index order, each one's word scores, and the postings of every word.
/// A build creates it once; 'serve' derives a new one for an edited document with <see cref="WithDocument"/>, which
/// re-scores that document only and rewrites only the shards whose words it touched. Never changed once made.
/// </summary>
public sealed class SearchIndex
{
    private readonly List<ContentDocument> _documents;
    private readonly Dictionary<string, int> _numberByPath;
    private readonly Dictionary<string, int>[] _scores;
    private readonly Dictionary<string, List<(int Doc, int Score)>> _postings;

    private readonly Languages.ThemeStrings _text;
    private readonly SearchLanguage _language;

    private SearchIndex(List<ContentDocument> documents, Dictionary<string, int> numberByPath, Dictionary<string, int>[] scores,
        Dictionary<string, List<(int Doc, int Score)>> postings, Languages.ThemeStrings text, SearchLanguage language)
    {
        _text = text;
        _language = language;
        _documents = documents;
        _numberByPath = numberByPath;
        _scores = scores;
        _postings = postings;
    }

    public static SearchIndex Create(Site site)
    {
        var documents = SearchIndexBuilder.Ordered(site.Documents);
        var language = SearchLanguage.For(site.Config.Language);
        var scores = new Dictionary<string, int>[documents.Count];
        Parallel.For(0, documents.Count, i => scores[i] = SearchIndexBuilder.Score(documents[i], language));
        var postings = new Dictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
            foreach (var (word, score) in scores[doc])
            {
                if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                list.Add((doc, score));
            }
        var numbers = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) numbers[documents[i].Source.RelativePath] = i;
        return new SearchIndex(documents, numbers, scores, postings, site.Config.Strings, language);
    }

    /// <summary>Every file of the index: word shards, document chunks, manifest.</summary>
    public IEnumerable<OutputFile> Files(string basePath)
    {
        var shardKeys = new List<string>();
        foreach (var shard in _postings.Keys.Order(StringComparer.Ordinal).GroupBy(SearchIndexBuilder.ShardKey))
        {
            shardKeys.Add(shard.Key);
            yield return ShardFile(shard.Key, shard);
        }
        for (var chunk = 0; chunk * SearchIndexBuilder.DocumentChunkSize < _documents.Count; chunk++)
            yield return ChunkFile(chunk, basePath);
        yield return SearchIndexBuilder.Manifest(_documents.Count, shardKeys, _language);
    }

    private OutputFile ShardFile(string key, IEnumerable<string> words) =>
        SearchIndexBuilder.Shard(key, words.Select(word => (word, (IReadOnlyList<(int, int)>)_postings[word])), _language);

    private OutputFile ChunkFile(int chunk, string basePath) =>
        SearchIndexBuilder.DocumentChunk(chunk, _documents.Skip(chunk * SearchIndexBuilder.DocumentChunkSize).Take(SearchIndexBuilder.DocumentChunkSize), basePath, _text);

    /// <summary>
    /// The index after <paramref name="updated"/>'s text or summary changed (its title, hence its place in the order,
    /// did not: 'serve' checks that first), with the files that changed; null when the document is not in the index.
    /// </summary>
    public (SearchIndex Index, IReadOnlyList<OutputFile> Changed, IReadOnlyList<string> Removed)? WithDocument(ContentDocument updated, string basePath)
    {
        if (!_numberByPath.TryGetValue(updated.Source.RelativePath, out var number)) return null;
        var oldScores = _scores[number];
        var newScores = SearchIndexBuilder.Score(updated, _language);
        var postings = new Dictionary<string, List<(int Doc, int Score)>>(_postings, StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in oldScores.Keys.Union(newScores.Keys))
        {
            var had = oldScores.TryGetValue(word, out var before);
            var has = newScores.TryGetValue(word, out var after);
            if (had && has && before == after) continue;
            touched.Add(word);
            var list = postings.TryGetValue(word, out var existing) ? existing.Where(p => p.Doc != number).ToList() : [];
            if (has)
            {
                var at = list.FindIndex(p => p.Doc > number);
                list.Insert(at < 0 ? list.Count : at, (number, after));
            }
            if (list.Count == 0) postings.Remove(word);
            else postings[word] = list;
        }
        var scores = (Dictionary<string, int>[])_scores.Clone();
        scores[number] = newScores;
        var documents = new List<ContentDocument>(_documents) { [number] = updated };
        var index = new SearchIndex(documents, _numberByPath, scores, postings, _text, _language);

        var changedShards = touched.Select(SearchIndexBuilder.ShardKey).ToHashSet(StringComparer.Ordinal);
        var changed = new List<OutputFile>();
        // Results show the summary as their excerpt: its document chunk changes with it.
        if (_documents[number].Meta.Summary != updated.Meta.Summary) changed.Add(index.ChunkFile(number / SearchIndexBuilder.DocumentChunkSize, basePath));
        var wordsByShard = postings.Keys.Where(w => changedShards.Contains(SearchIndexBuilder.ShardKey(w)))
            .Order(StringComparer.Ordinal).GroupBy(SearchIndexBuilder.ShardKey).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var key in changedShards.Where(wordsByShard.ContainsKey))
            changed.Add(index.ShardFile(key, wordsByShard[key]));
        // A shard that appeared or emptied changes the manifest; an emptied shard's file leaves the site.
        var removed = changedShards.Where(key => !wordsByShard.ContainsKey(key)).Select(SearchIndexBuilder.ShardPath).ToList();
        var added = changedShards.Where(key => wordsByShard.ContainsKey(key) && !_postings.Keys.Any(w => SearchIndexBuilder.ShardKey(w) == key));
        if (removed.Count > 0 || added.Any())
            changed.Add(SearchIndexBuilder.Manifest(documents.Count, postings.Keys.Select(SearchIndexBuilder.ShardKey).Distinct().Order(StringComparer.Ordinal), _language));
        return (index, changed, removed);
    }
}
