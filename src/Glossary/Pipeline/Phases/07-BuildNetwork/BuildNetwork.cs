using Glossary.Content;
using Glossary.Linking;
using Glossary.Network;
using Glossary.Output;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 7: the semantic network (<see cref="SemanticGraphBuilder"/>: links weighted by count, 'related', reports'
/// findings, 'relationships') and the explorer's files (<see cref="NetworkData"/>: the pages, their edges in shards and
/// the share-code table), for one language: a translation's graph holds its own pages (a link that falls back to the
/// default language's page is no edge of it, as it is in no list of the translation), and its files are in its folder
/// (es/network/), so a code resolves within its language. Each edge shard records reading the connections of its pages,
/// so an update that moves an edge makes its shards again; the pages and the code table hold titles and ids only, which
/// only an edit that rebuilds the whole site can change.
/// </summary>
public static class BuildNetwork
{
    /// <param name="reads">Where the graph file records what it reads (a build kept for an update), or null.</param>
    public static NetworkBuild Run(Site site, LinkGraph links, ReadLog? reads = null)
    {
        var graph = SemanticGraphBuilder.Build(site, links);
        IEnumerable<OutputFile> files =
        [
            NetworkData.NodesFile(graph, site.Config.BasePath),
            .. Enumerable.Range(0, NetworkData.EdgeShardCount(graph)).Select(s => EdgeFile(graph, s, reads)),
            .. NetworkData.CodeFiles(graph),
        ];
        return new NetworkBuild(graph, [.. files.Select(f => f with { Path = site.Config.OutputFolder + f.Path })]);
    }

    /// <summary>
    /// The network after an edit (an update): the graph made again, and <paramref name="reached"/> grows by every
    /// output that read the connections of a page whose edges changed (figures, the letters' pages of /network/, the
    /// edge shards, made again here when they are among them).
    /// </summary>
    public static NetworkBuild Run(SemanticGraph previous, Site site, LinkGraph links, ReadLog reads, SiteReads recorded, ISet<string> reached)
    {
        var graph = SemanticGraphBuilder.Build(site, links);
        foreach (var document in SemanticGraph.Changed(previous, graph)) reached.UnionWith(recorded.ReadersOf(Read.Connections(document)));
        return new NetworkBuild(graph,
            [.. Enumerable.Range(0, NetworkData.EdgeShardCount(graph)).Where(s => reached.Contains(NetworkData.EdgeShardPath(s))).Select(s => EdgeFile(graph, s, reads))]);
    }

    private static OutputFile EdgeFile(SemanticGraph graph, int shard, ReadLog? reads) =>
        ReadLog.Record(reads, NetworkData.EdgeShardPath(shard), () =>
        {
            foreach (var node in NetworkData.NodesOfShard(graph, shard)) ReadLog.ConnectionsRead(graph.Nodes[node].Document);
            return NetworkData.EdgeFile(graph, shard);
        });
}

/// <summary>What <see cref="BuildNetwork"/> makes: the graph, and the files the explorer reads.</summary>
public sealed record NetworkBuild(SemanticGraph Graph, IReadOnlyList<OutputFile> Files);
