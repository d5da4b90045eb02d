using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// "Related terms" for an entry: its explicit <c>related</c> list first, then computed candidates up to five,
/// scored by links between the two (3), pages that link to both (2 each), pages both link to (1 each) and shared
/// categories (1 each); ties by title then slug. If the link graph offers too few, entries of the same category fill in.
/// Only link neighbourhoods are visited, never every pair of entries, and the two-step ones (pages linking to both,
/// pages both link to) only through a sample of <see cref="TwoStepLimit"/> pages and their first <see cref="TwoStepLimit"/>
/// links each: a page costs its own links plus at most 2 × TwoStepLimit² steps, however densely the site links.
/// </summary>
public sealed class RelatedTerms
{
    public const int Max = 5;

    /// <summary>
    /// Two-step neighbours are sampled through this many pages on each side, each through this many of its links.
    /// Where every page links to about 100 others, visiting them all cost 20,000 steps a page, 90% of the views phase.
    /// </summary>
    private const int TwoStepLimit = 10;

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

        var categories = CategorySlugs(document).ToHashSet();
        var scores = Scores(document, result, categories, Max - result.Count);
        result.AddRange(Best(scores, Max - result.Count));

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

    /// <summary>Every computed candidate's score: link neighbours, sampled two-step neighbours, shared categories.</summary>
    private Dictionary<ContentDocument, int> Scores(ContentDocument document, List<ContentDocument> chosen, HashSet<string> categories, int wanted)
    {
        var scores = new Dictionary<ContentDocument, int>();
        void Score(ContentDocument candidate, int points)
        {
            if (candidate.Kind != DocumentKind.Entry || candidate == document || chosen.Contains(candidate)) return;
            CollectionsMarshal.GetValueRefOrAddDefault(scores, candidate, out _) += points;
        }
        var outbound = _graph.LinksFrom(document);
        var inbound = _graph.LinksTo(document);
        foreach (var target in outbound) Score(target, 3);
        foreach (var source in inbound) Score(source, 3);
        foreach (var source in FirstOf(inbound))
            foreach (var cited in FirstOf(_graph.LinksFrom(source))) Score(cited, 2);
        foreach (var target in FirstOf(outbound))
            foreach (var sibling in FirstOf(_graph.LinksTo(target))) Score(sibling, 1);
        // Shared categories add at most categories.Count points: a candidate whose link score stays below the wanted-th
        // best even so is never chosen, and its categories are not looked up (on link-dense sites, most candidates).
        var floor = scores.Count > wanted ? NthLargest(scores.Values, wanted) - categories.Count : int.MinValue;
        foreach (var (candidate, linkScore) in scores)
        {
            if (linkScore < floor) continue;
            var shared = 0;
            foreach (var slug in CategorySlugs(candidate))
                if (categories.Contains(slug)) shared++;
            // Changing the value of an existing key does not disturb the enumeration.
            scores[candidate] += shared;
        }
        return scores;
    }

    private static int NthLargest(Dictionary<ContentDocument, int>.ValueCollection values, int n)
    {
        Span<int> top = stackalloc int[n];
        top.Fill(int.MinValue);
        foreach (var value in values)
        {
            if (value <= top[n - 1]) continue;
            var at = n - 1;
            for (; at > 0 && top[at - 1] < value; at--) top[at] = top[at - 1];
            top[at] = value;
        }
        return top[n - 1];
    }

    /// <summary>A list's first <see cref="TwoStepLimit"/> documents, without the enumerators of Take (a page visits some twenty lists).</summary>
    private static ReadOnlySpan<ContentDocument> FirstOf(ImmutableArray<ContentDocument> list) => list.AsSpan()[..Math.Min(list.Length, TwoStepLimit)];

    /// <summary>The <paramref name="count"/> best candidates, by score then title then slug, in one pass (no sort of them all).</summary>
    private static List<ContentDocument> Best(Dictionary<ContentDocument, int> scores, int count)
    {
        var best = new List<(ContentDocument Document, int Score)>(count + 1);
        foreach (var (candidate, score) in scores)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, score, best[at - 1].Document, best[at - 1].Score)) at--;
            if (at >= count) continue;
            best.Insert(at, (candidate, score));
            if (best.Count > count) best.RemoveAt(count);
        }
        return [.. best.Select(b => b.Document)];
    }

    private static bool Before(ContentDocument a, int aScore, ContentDocument b, int bScore)
    {
        if (aScore != bScore) return aScore > bScore;
        return DocumentOrder.ByTitle.Compare(a, b) < 0;
    }

    private string[] CategorySlugs(ContentDocument document) =>
        _categorySlugs.GetOrAdd(document, static (d, site) => [.. CategorySlugs(site, d)], _site);

    private static IEnumerable<string> CategorySlugs(Site site, ContentDocument document) => site.CategoriesOf(document).Select(c => c.Slug);
}
