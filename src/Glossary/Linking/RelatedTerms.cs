using System.Collections.Frozen;
using System.Collections.Immutable;
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
    private readonly NumberedLinks _links;
    private readonly FrozenDictionary<string, ImmutableArray<ContentDocument>> _entriesByCategory;

    /// <param name="entriesByCategory">The fill-in lists (<see cref="EntriesByCategory"/>), when already known: they depend only on titles and categories.</param>
    public RelatedTerms(Site site, LinkGraph graph, FrozenDictionary<string, ImmutableArray<ContentDocument>>? entriesByCategory = null)
    {
        _site = site;
        _links = new NumberedLinks(site, graph);
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

        var categories = CategorySlugs(_site, document).ToHashSet();
        var scores = CandidateScores.OfThread(_links.Count);
        try
        {
            Score(document, result, scores, Max - result.Count);
            result.AddRange(Best(scores, Max - result.Count));
        }
        finally { scores.Clear(); }

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

    /// <summary>Scores every computed candidate: link neighbours, sampled two-step neighbours, shared categories.</summary>
    private void Score(ContentDocument document, List<ContentDocument> chosen, CandidateScores scores, int wanted)
    {
        var number = _links.NumberOf(document);
        scores.Exclude(number);
        foreach (var entry in chosen) scores.Exclude(_links.NumberOf(entry));
        var outbound = _links.LinksFrom(document);
        var inbound = _links.LinksTo(document);
        Add(scores, outbound, outbound.Documents.Length, 3);
        Add(scores, inbound, inbound.Documents.Length, 3);
        foreach (var source in FirstOf(inbound.Documents))
            Add(scores, _links.LinksFrom(source), TwoStepLimit, 2);
        foreach (var target in FirstOf(outbound.Documents))
            Add(scores, _links.LinksTo(target), TwoStepLimit, 1);
        // Shared categories add at most as many points as the page has categories: a candidate whose link score stays
        // below the wanted-th best even so is never chosen, and its categories are not looked up (on link-dense sites,
        // most candidates).
        var categories = _links.CategoriesOf(document, number);
        var floor = scores.Count > wanted ? NthLargest(scores, wanted) - categories.Length : int.MinValue;
        foreach (var candidate in scores.Touched)
        {
            if (!scores.IsCandidate(candidate) || scores.ScoreOf(candidate) < floor) continue;
            foreach (var category in _links.CategoriesOf(scores.DocumentOf(candidate), candidate))
                if (Array.IndexOf(categories, category) >= 0) scores.ScoreOf(candidate)++;
        }
    }

    /// <summary>Adds <paramref name="points"/> to each entry among a list's first <paramref name="limit"/> documents.</summary>
    private static void Add(CandidateScores scores, NumberedList list, int limit, int points)
    {
        var numbers = list.Numbers.AsSpan(0, Math.Min(limit, list.Numbers.Length));
        for (var i = 0; i < numbers.Length; i++)
            if (numbers[i] >= 0) scores.Add(numbers[i], list.Documents[i], points);
    }

    private static int NthLargest(CandidateScores scores, int n)
    {
        Span<int> top = stackalloc int[n];
        top.Fill(int.MinValue);
        foreach (var candidate in scores.Touched)
        {
            if (!scores.IsCandidate(candidate)) continue;
            var value = scores.ScoreOf(candidate);
            if (value <= top[n - 1]) continue;
            var at = n - 1;
            for (; at > 0 && top[at - 1] < value; at--) top[at] = top[at - 1];
            top[at] = value;
        }
        return top[n - 1];
    }

    /// <summary>A list's first <see cref="TwoStepLimit"/> documents, without the enumerators of Take (a page visits some twenty lists).</summary>
    private static ReadOnlySpan<ContentDocument> FirstOf(ImmutableArray<ContentDocument> list) => list.AsSpan()[..Math.Min(list.Length, TwoStepLimit)];

    /// <summary>The <paramref name="count"/> best candidates, by score then <see cref="DocumentOrder.ByTitle"/>, in one pass (no sort of them all).</summary>
    private static List<ContentDocument> Best(CandidateScores scores, int count)
    {
        var best = new List<(ContentDocument Document, int Score)>(count + 1);
        foreach (var number in scores.Touched)
        {
            if (!scores.IsCandidate(number)) continue;
            var (candidate, score) = (scores.DocumentOf(number), scores.ScoreOf(number));
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

    private static IEnumerable<string> CategorySlugs(Site site, ContentDocument document) => site.CategoriesOf(document).Select(c => c.Slug);
}
