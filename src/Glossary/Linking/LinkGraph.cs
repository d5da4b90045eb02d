using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>Who links to whom, by document URL; backlinks are sorted by title then URL so output is stable.</summary>
public sealed class LinkGraph
{
    private readonly Dictionary<string, ImmutableArray<ContentDocument>> _inbound;
    private readonly Dictionary<string, ImmutableArray<ContentDocument>> _outbound;
    private readonly Action<ContentDocument, bool>? _onRead;

    // How many links (distinct addresses, and a report's findings) a page has to another, kept only when more than one.
    private readonly Dictionary<(string From, string To), int> _counts;

    public LinkGraph(IEnumerable<(ContentDocument From, ContentDocument To)> edges)
    {
        var all = edges.Where(e => e.From.Url != e.To.Url).ToList();
        var list = all.Distinct().ToList();
        _inbound = Group(list.GroupBy(e => e.To.Url, e => e.From));
        _outbound = Group(list.GroupBy(e => e.From.Url, e => e.To));
        _counts = Counts(all);
    }

    private LinkGraph(Dictionary<string, ImmutableArray<ContentDocument>> inbound, Dictionary<string, ImmutableArray<ContentDocument>> outbound,
        Dictionary<(string From, string To), int> counts, Action<ContentDocument, bool>? onRead = null)
    {
        _inbound = inbound;
        _outbound = outbound;
        _counts = counts;
        _onRead = onRead;
    }

    /// <summary>How many times <paramref name="from"/> links to <paramref name="to"/>, one of its <see cref="LinksFrom"/>.</summary>
    public int CountOfLink(ContentDocument from, ContentDocument to) => _counts.GetValueOrDefault((from.Url, to.Url), 1);

    private static Dictionary<(string From, string To), int> Counts(IEnumerable<(ContentDocument From, ContentDocument To)> edges)
    {
        var counts = new Dictionary<(string From, string To), int>();
        foreach (var (from, to) in edges) counts[(from.Url, to.Url)] = counts.GetValueOrDefault((from.Url, to.Url)) + 1;
        foreach (var one in counts.Where(c => c.Value == 1).Select(c => c.Key).ToList()) counts.Remove(one);
        return counts;
    }

    /// <summary>
    /// The same graph, telling <paramref name="onRead"/> of each list read (the document, and true for the links to it):
    /// a page's view records what it read, so that an update finds the views a change of links reaches.
    /// </summary>
    public LinkGraph ObservedBy(Action<ContentDocument, bool> onRead) => new(_inbound, _outbound, _counts, onRead);

    public ImmutableArray<ContentDocument> LinksTo(ContentDocument document)
    {
        _onRead?.Invoke(document, true);
        return _inbound.GetValueOrDefault(document.Url, []);
    }

    public ImmutableArray<ContentDocument> LinksFrom(ContentDocument document)
    {
        _onRead?.Invoke(document, false);
        return _outbound.GetValueOrDefault(document.Url, []);
    }

    /// <summary>
    /// The same graph with one document's outbound links replaced (the edited document in 'serve'): touches only the
    /// lists of the pages it linked to before or links to now, and leaves this graph as it was.
    /// </summary>
    public LinkGraph WithLinksFrom(ContentDocument document, IEnumerable<ContentDocument> targets)
    {
        var before = LinksFrom(document);
        var all = targets.Where(t => t.Url != document.Url).ToList();
        var after = Sorted(all.Distinct());
        var counts = new Dictionary<(string From, string To), int>(_counts.Where(c => c.Key.From != document.Url));
        foreach (var (key, count) in Counts(all.Select(t => (document, t)))) counts[key] = count;
        var inbound = new Dictionary<string, ImmutableArray<ContentDocument>>(_inbound, StringComparer.Ordinal);
        var outbound = new Dictionary<string, ImmutableArray<ContentDocument>>(_outbound, StringComparer.Ordinal);
        if (after.IsEmpty) outbound.Remove(document.Url);
        else outbound[document.Url] = after;
        foreach (var target in before.Union(after))
        {
            var sources = inbound.GetValueOrDefault(target.Url, []).Where(s => s.Url != document.Url);
            var updated = after.Contains(target) ? Sorted(sources.Append(document)) : [.. sources];
            if (updated.IsEmpty) inbound.Remove(target.Url);
            else inbound[target.Url] = updated;
        }
        return new LinkGraph(inbound, outbound, counts);
    }

    private static Dictionary<string, ImmutableArray<ContentDocument>> Group(IEnumerable<IGrouping<string, ContentDocument>> groups) =>
        groups.ToDictionary(g => g.Key, g => Sorted(g.Distinct()), StringComparer.Ordinal);

    private static ImmutableArray<ContentDocument> Sorted(IEnumerable<ContentDocument> documents) =>
        [.. documents.Order(DocumentOrder.ByTitle)];
}
