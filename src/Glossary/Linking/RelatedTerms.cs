using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// "Related terms" for an entry: its explicit <c>related</c> list first, then computed candidates up to five,
/// scored by links between the two (3), pages that link to both (2 each), pages both link to (1 each) and shared
/// categories (1 each); ties by title then slug. If the link graph offers too few, entries of the same category fill in.
/// Only link neighbourhoods are visited, never every pair of entries, so it stays linear in the size of the site.
/// </summary>
public sealed class RelatedTerms
{
    public const int Max = 5;

    /// <summary>Pages with more links than this are visited only through their first ones, so hubs stay cheap.</summary>
    private const int HubLimit = 100;

    private readonly Site _site;
    private readonly LinkGraph _graph;
    private readonly FrozenDictionary<string, ImmutableArray<ContentDocument>> _entriesByCategory;

    // Each document's category slugs, looked up once: a candidate is scored from the lists of many documents.
    private readonly ConcurrentDictionary<ContentDocument, string[]> _categorySlugs = new();

    /// <param name="entriesByCategory">The fill-in lists (<see cref="EntriesByCategory"/>), when already known: they depend only on titles and categories.</param>
    public RelatedTerms(Site site, LinkGraph graph, FrozenDictionary<string, ImmutableArray<ContentDocument>>? entriesByCategory = null)
    {
        _site = site;
        _graph = graph;
        _entriesByCategory = entriesByCategory ?? EntriesByCategory(site);
    }

    /// <summary>Each category's entries by title: the fill-in candidates when the link graph offers too few.</summary>
    public static FrozenDictionary<string, ImmutableArray<ContentDocument>> EntriesByCategory(Site site) => site.Entries
        .SelectMany(e => CategorySlugs(site, e).Select(c => (Category: c, Entry: e)))
        .GroupBy(p => p.Category)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Order(DocumentOrder.ByTitle).ToImmutableArray());

    public ImmutableArray<ContentDocument> For(ContentDocument document)
    {
        var result = new List<ContentDocument>(Max);
        foreach (var name in document.Meta.Related)
            if (_site.Terms.Lookup(name.Value) is [var entry] && entry != document && !result.Contains(entry))
                result.Add(entry);
        if (result.Count >= Max) return [.. result];

        var scores = new Dictionary<ContentDocument, int>();
        void Score(ContentDocument candidate, int points)
        {
            if (candidate.Kind != DocumentKind.Entry || candidate == document || result.Contains(candidate)) return;
            scores[candidate] = scores.GetValueOrDefault(candidate) + points;
        }
        var outbound = _graph.LinksFrom(document);
        var inbound = _graph.LinksTo(document);
        foreach (var target in outbound) Score(target, 3);
        foreach (var source in inbound) Score(source, 3);
        foreach (var source in inbound.Take(HubLimit))
            foreach (var cited in _graph.LinksFrom(source).Take(HubLimit)) Score(cited, 2);
        foreach (var target in outbound.Take(HubLimit))
            foreach (var sibling in _graph.LinksTo(target).Take(HubLimit)) Score(sibling, 1);
        var categories = CategorySlugs(document).ToHashSet();
        foreach (var (candidate, _) in scores)
        {
            var shared = 0;
            foreach (var slug in CategorySlugs(candidate))
                if (categories.Contains(slug)) shared++;
            // Changing the value of an existing key does not disturb the enumeration.
            scores[candidate] += shared;
        }

        result.AddRange(scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
            .Take(Max - result.Count)
            .Select(s => s.Key));

        foreach (var category in categories.Order(StringComparer.Ordinal))
        {
            foreach (var entry in _entriesByCategory.GetValueOrDefault(category, []))
            {
                if (result.Count >= Max) return [.. result];
                if (entry != document && !result.Contains(entry)) result.Add(entry);
            }
        }
        return [.. result];
    }

    private string[] CategorySlugs(ContentDocument document) =>
        _categorySlugs.GetOrAdd(document, static (d, site) => [.. CategorySlugs(site, d)], _site);

    private static IEnumerable<string> CategorySlugs(Site site, ContentDocument document) => site.CategoriesOf(document).Select(c => c.Slug);
}
