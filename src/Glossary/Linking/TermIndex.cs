using System.Collections.Frozen;
using Glossary.Content;
using Glossary.Text;

namespace Glossary.Linking;

/// <summary>
/// Finds glossary entries by slug, title or alias, case- and accent-insensitively.
/// Built once per build; a name claimed by two entries is kept as ambiguous so callers can list the candidates.
/// </summary>
public sealed class TermIndex
{
    private readonly FrozenDictionary<string, ContentDocument[]> _byName;
    private readonly FrozenDictionary<string, ContentDocument> _bySlug;

    public TermIndex(IEnumerable<ContentDocument> entries)
    {
        var byName = new Dictionary<string, List<ContentDocument>>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            bySlug.TryAdd(entry.Slug, entry);
            foreach (var name in NamesOf(entry))
            {
                var key = TextFolding.Fold(name);
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                if (!list.Contains(entry)) list.Add(entry);
            }
        }
        _byName = byName.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(e => e.Slug, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _bySlug = bySlug.ToFrozenDictionary(StringComparer.Ordinal);
        AllNames = [.. byName.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> AllNames { get; }

    public static IEnumerable<string> NamesOf(ContentDocument entry) =>
        [entry.Slug, entry.Title, .. entry.Meta.Aliases.Select(a => a.Value)];

    public ContentDocument? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Every entry a name could mean: none, one, or several when it is ambiguous.</summary>
    public IReadOnlyList<ContentDocument> Lookup(string name) =>
        _byName.TryGetValue(TextFolding.Fold(name), out var found) ? found : [];

    public string DidYouMean(string name) => Text.DidYouMean.Phrase(name, AllNames);
}
