using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>Who links to whom, by document URL; backlinks are sorted by title then URL so output is stable.</summary>
public sealed class LinkGraph
{
    private readonly Dictionary<string, ImmutableArray<ContentDocument>> _inbound;
    private readonly Dictionary<string, ImmutableArray<ContentDocument>> _outbound;
    private readonly Action<ContentDocument, bool>? _onRead;

    public LinkGraph(IEnumerable<(ContentDocument From, ContentDocument To)> edges)
    {
        var list = edges.Where(e => e.From.Url != e.To.Url).Distinct().ToList();
        _inbound = Group(list.GroupBy(e => e.To.Url, e => e.From));
        _outbound = Group(list.GroupBy(e => e.From.Url, e => e.To));
    }

    private LinkGraph(Dictionary<string, ImmutableArray<ContentDocument>> inbound, Dictionary<string, ImmutableArray<ContentDocument>> outbound,
        Action<ContentDocument, bool>? onRead = null)
    {
        _inbound = inbound;
        _outbound = outbound;
        _onRead = onRead;
    }

    /// <summary>
    /// The same graph, telling <paramref name="onRead"/> of each list read (the document, and true for the links to it):
    /// a page's view records what it read, so that an update finds the views a change of links reaches.
    /// </summary>
    public LinkGraph ObservedBy(Action<ContentDocument, bool> onRead) => new(_inbound, _outbound, onRead);

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
        var after = Sorted(targets.Where(t => t.Url != document.Url).Distinct());
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
        return new LinkGraph(inbound, outbound);
    }

    private static Dictionary<string, ImmutableArray<ContentDocument>> Group(IEnumerable<IGrouping<string, ContentDocument>> groups) =>
        groups.ToDictionary(g => g.Key, g => Sorted(g.Distinct()), StringComparer.Ordinal);

    private static ImmutableArray<ContentDocument> Sorted(IEnumerable<ContentDocument> documents) =>
        [.. documents.Order(DocumentOrder.ByTitle)];
}
