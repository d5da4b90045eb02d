using Glossary.Content;
using Glossary.Linking;
using Glossary.Network;
using Glossary.Output;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 7: the semantic network (<see cref="SemanticGraphBuilder"/>: links weighted by count, 'related', reports'
/// findings, 'relationships') and the explorer's files (<see cref="NetworkData"/>: network/graph.json and the share-code
/// table), for one language: a translation's graph holds its own pages (a link that falls back to the default language's
/// page is no edge of it, as it is in no list of the translation), and its files are in its folder (es/network/), so a
/// code resolves within its language. The graph file records reading every page's connections, so an update that moves
/// an edge makes it again; the code table holds page ids only, which only an edit that rebuilds the whole site can change.
/// </summary>
public static class BuildNetwork
{
    /// <param name="reads">Where the graph file records what it reads (a build kept for an update), or null.</param>
    public static NetworkBuild Run(Site site, LinkGraph links, ReadLog? reads = null)
    {
        var graph = SemanticGraphBuilder.Build(site, links);
        IEnumerable<OutputFile> files = [GraphFile(graph, site.Config.BasePath, reads), .. NetworkData.CodeFiles(graph)];
        return new NetworkBuild(graph, [.. files.Select(f => f with { Path = site.Config.OutputFolder + f.Path })]);
    }

    /// <summary>
    /// The network after an edit (an update): the graph made again, and <paramref name="reached"/> grows by every
    /// output that read the connections of a page whose edges changed (figures, /network/, the graph file, which is
    /// made again here when it is one of them).
    /// </summary>
    public static NetworkBuild Run(SemanticGraph previous, Site site, LinkGraph links, ReadLog reads, SiteReads recorded, ISet<string> reached)
    {
        var graph = SemanticGraphBuilder.Build(site, links);
        foreach (var document in SemanticGraph.Changed(previous, graph)) reached.UnionWith(recorded.ReadersOf(Read.Connections(document)));
        return new NetworkBuild(graph, reached.Contains(NetworkData.GraphPath) ? [GraphFile(graph, site.Config.BasePath, reads)] : []);
    }

    private static OutputFile GraphFile(SemanticGraph graph, string basePath, ReadLog? reads) =>
        ReadLog.Record(reads, NetworkData.GraphPath, () =>
        {
            foreach (var node in graph.Nodes) ReadLog.ConnectionsRead(node.Document);
            return NetworkData.GraphFile(graph, basePath);
        });
}

/// <summary>What <see cref="BuildNetwork"/> makes: the graph, and the files the explorer reads.</summary>
public sealed record NetworkBuild(SemanticGraph Graph, IReadOnlyList<OutputFile> Files);
