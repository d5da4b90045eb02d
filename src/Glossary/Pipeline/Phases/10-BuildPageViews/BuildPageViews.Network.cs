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
    private NetworkFigureView? Figure(ContentDocument document)
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

    /// <summary>The explorer's page, /network/.</summary>
    private NetworkPageView NetworkPage()
    {
        if (_network is null) throw new InvalidOperationException("a site without a network has no /network/ page");
        foreach (var node in _network.Graph.Nodes) ReadLog.ConnectionsRead(node.Document);
        return new(_siteView, SiteRoutes.Network, T["network_title"], T["network_description"],
            Crumbs(), _network.ListItems(), _siteView.Href(NetworkData.GraphPath), _siteView.NetworkCodesHref)
        {
            TermSummaries = Summaries(site.Entries),
            Scripts = [.. NetworkScripts.Select(n => SiteUrl.Href(site.Config.RootBasePath, assets.PathOf(n)))], // one set of assets, at the root
            Kinds = [.. EdgeKinds.All.Select(k => (EdgeKinds.Code(k), T[EdgeKinds.TextKey(k)]))],
        };
    }
}
