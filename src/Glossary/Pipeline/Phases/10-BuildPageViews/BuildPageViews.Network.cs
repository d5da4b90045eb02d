using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Network;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>What pages show of the semantic network: entries' and reports' figures, reports' highlights, /network/.</summary>
public sealed partial class BuildPageViews
{
    /// <summary>The explorer's scripts, in the order they run: only /network/ loads them.</summary>
    private static readonly string[] NetworkScripts = ["share-code.js", "network-draw.js", "network-explorer.js"];

    /// <summary>
    /// Entries and reports show their neighbourhood, in their language's network; guides do not (their terms are listed already).
    /// </summary>
    private bool ShowsFigure(ContentDocument document) =>
        _network is not null && (document.Kind == DocumentKind.Entry || document.Meta.GuideKind == GuideKind.Report);

    /// <summary>The document's figure: its neighbourhood, which is its edges (recorded, so an update that moves them remakes the page).</summary>
    private NetworkFigureSource? Figure(ContentDocument document)
    {
        if (_network is null) return null;
        ReadLog.ConnectionsRead(document);
        return _network.For(document);
    }

    private static int ThematicConnections(ContentDocument document) =>
        document.Meta.KeyFindings.Sum(f => f.Terms.Select(t => t.Value).Distinct(StringComparer.Ordinal).Count()) + document.Meta.Relationships.Length;

    private IEnumerable<ContentDocument> RelationshipEntries(ContentDocument document) =>
        document.Kind != DocumentKind.Guide
            ? []
            : document.Meta.Relationships.SelectMany(r => new[] { r.From, r.To }).Select(n => site.Terms.Lookup(n.Value).FirstOrDefault()).OfType<ContentDocument>();

    private RelationshipHighlightView? Highlight(Relationship r) =>
        site.Terms.Lookup(r.From.Value) is [var from] && site.Terms.Lookup(r.To.Value) is [var to]
            ? new RelationshipHighlightView(LinkTo(from), LinkTo(to), r.Label, r.Text, r.Sources)
            : null;

    /// <summary>/network/ and its letters' pages, in each language.</summary>
    private IEnumerable<Page> NetworkPages()
    {
        if (_network is null) return [];
        var parts = NetworkLetters.Split(_network.Graph.Nodes, n => n.Document.Title);
        return [new(SiteRoutes.Network, () => NetworkPage(parts)), .. parts.Select(p => new Page(p.Path, () => NetworkLetterPage(p, parts)))];
    }

    /// <summary>The explorer's page, /network/: the explorer, and the letters' pages for reading without it.</summary>
    private NetworkPageView NetworkPage(ImmutableArray<LetterPart<NetworkNode>> parts) =>
        new(_siteView, SiteRoutes.Network, T["network_title"], T["network_description"],
            Crumbs(), LetterLinks(parts, current: null), _siteView.Href(NetworkData.Folder), _siteView.NetworkCodesHref)
        {
            Scripts = [.. NetworkScripts.Select(n => SiteUrl.Href(site.Config.RootBasePath, assets.PathOf(n)))], // one set of assets, at the root
            Kinds = [.. EdgeKinds.All.Select(k => (EdgeKinds.Code(k), T[EdgeKinds.TextKey(k)]))],
        };

    /// <summary>One page of a letter: its pages of the network with their connections (recorded, so an update that moves an edge remakes it).</summary>
    private NetworkLetterPageView NetworkLetterPage(LetterPart<NetworkNode> part, ImmutableArray<LetterPart<NetworkNode>> parts)
    {
        foreach (var node in part.Items) ReadLog.ConnectionsRead(node.Document);
        var items = _network!.ListItems(part.Items);
        var label = NetworkLetters.Label(part.Letter);
        var ofLetter = parts.Where(p => p.Letter == part.Letter).ToList();
        var title = ofLetter.Count == 1 ? label : label + " (" + PartText(part) + ")";
        return new(_siteView, part.Path, T.Format("network_letter_title", title), T.Format("network_letter_description", label),
            Crumbs((T["network_title"], SiteRoutes.Network)), LetterLinks(parts, part.Letter),
            ofLetter.Count == 1 ? [] : [.. ofLetter.Select(p => new NetworkLetterLinkView(PartText(p), _siteView.Href(p.Path), p.Part == part.Part))], items);
    }

    private string PartText(LetterPart<NetworkNode> part) => T.Format("network_part", part.Items[0].Document.Title, part.Items[^1].Document.Title);

    /// <summary>Every letter, linked to its first page when a title starts with it.</summary>
    private ImmutableArray<NetworkLetterLinkView> LetterLinks(ImmutableArray<LetterPart<NetworkNode>> parts, string? current) =>
    [
        .. NetworkLetters.Letters.Select(letter => new NetworkLetterLinkView(NetworkLetters.Label(letter),
            parts.Any(p => p.Letter == letter) ? _siteView.Href(NetworkLetters.PathOf(letter, 1)) : null, letter == current)),
    ];
}
