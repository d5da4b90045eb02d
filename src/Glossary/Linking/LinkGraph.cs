using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>Who links to whom, by document URL; backlinks are sorted by title then URL so output is stable.</summary>
public sealed class LinkGraph
{
    private readonly FrozenDictionary<string, ImmutableArray<ContentDocument>> _inbound;
    private readonly FrozenDictionary<string, ImmutableArray<ContentDocument>> _outbound;

    public LinkGraph(IEnumerable<(ContentDocument From, ContentDocument To)> edges)
    {
        var list = edges.Where(e => e.From.Url != e.To.Url).Distinct().ToList();
        _inbound = Group(list.GroupBy(e => e.To.Url, e => e.From));
        _outbound = Group(list.GroupBy(e => e.From.Url, e => e.To));
    }

    public ImmutableArray<ContentDocument> LinksTo(ContentDocument document) =>
        _inbound.GetValueOrDefault(document.Url, []);

    public ImmutableArray<ContentDocument> LinksFrom(ContentDocument document) =>
        _outbound.GetValueOrDefault(document.Url, []);

    private static FrozenDictionary<string, ImmutableArray<ContentDocument>> Group(IEnumerable<IGrouping<string, ContentDocument>> groups) =>
        groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Distinct().OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Url, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
}
