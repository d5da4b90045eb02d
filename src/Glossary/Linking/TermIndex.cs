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
    // Names lead to slugs and slugs to entries, so an edited entry (same names, new text) is swapped in by
    // replacing one slug's entry: see WithEntry.
    private readonly FrozenDictionary<string, string[]> _byName;
    private readonly Dictionary<string, ContentDocument> _bySlug;
    private readonly string[] _names;

    public TermIndex(IEnumerable<ContentDocument> entries)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var entry in entries)
        {
            if (bySlug.TryAdd(entry.Slug, entry)) names.AddRange(NamesOf(entry));
            foreach (var name in NamesOf(entry))
            {
                var key = TextFolding.Fold(name);
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                if (!list.Contains(entry.Slug)) list.Add(entry.Slug);
            }
        }
        _byName = byName.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _bySlug = bySlug;
        _names = [.. names];
    }

    private TermIndex(FrozenDictionary<string, string[]> byName, Dictionary<string, ContentDocument> bySlug, string[] names)
    {
        _byName = byName;
        _bySlug = bySlug;
        _names = names;
    }

    /// <summary>The same index with an entry's newer parse; its slug, title and aliases must not have changed.</summary>
    public TermIndex WithEntry(ContentDocument entry) =>
        new(_byName, new Dictionary<string, ContentDocument>(_bySlug, StringComparer.Ordinal) { [entry.Slug] = entry }, _names);

    /// <summary>An entry's names as its editor wrote them: title, aliases, then the slug (the form a did-you-mean offers last).</summary>
    public static IEnumerable<string> NamesOf(ContentDocument entry) =>
        [entry.Title, .. entry.Meta.Aliases.Select(a => a.Value), entry.Slug];

    public ContentDocument? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Every entry a name could mean: none, one, or several when it is ambiguous.</summary>
    public IReadOnlyList<ContentDocument> Lookup(string name)
    {
        if (!_byName.TryGetValue(TextFolding.Fold(name), out var slugs)) return [];
        var found = new ContentDocument[slugs.Length];
        for (var i = 0; i < slugs.Length; i++) found[i] = _bySlug[slugs[i]];
        return found;
    }

    /// <summary>" — did you mean 'x'?" with the nearest entry name as written ('IOP' for [[IOPs]]), or an empty string.</summary>
    public string DidYouMean(string name) => Text.DidYouMean.Phrase(name, _names);
}
