using Glossary.Content;
using Glossary.Linking;
using Glossary.Modules;
using Glossary.Network;
using Glossary.Output;
using Glossary.Rendering;

namespace Glossary.Pipeline;

public sealed partial class SitePipeline
{
    /// <summary>
    /// What an edit changes in the semantic network, for <see cref="Update"/>: only the edges that touch the edited
    /// document can change, so when they or its summary changed, the pages whose figures may move (or hold its summary)
    /// are its neighbours before and after the edit; when neither changed, none. When its edges or its summary changed, the explorer's page and graph file are
    /// made again too (the code table holds ids only, which an edit that reaches here cannot change).
    /// </summary>
    private static (IEnumerable<ContentDocument> Affected, List<PageView> Views, List<OutputFile> Files) NetworkChanges(
        SiteBuild previous, ContentDocument old, ContentDocument updated, BuildPageViews builder, bool summaryChanged)
    {
        var before = SemanticGraphBuilder.Build(previous.Site, previous.Links.Graph);
        var after = builder.Network.Graph;
        if (!summaryChanged && EdgesOf(before, old).SequenceEqual(EdgesOf(after, updated))) return ([], [], []);
        var neighbours = Neighbours(before, old).Concat(Neighbours(after, updated)).Distinct().ToList();
        return (neighbours, [builder.NetworkPage()], [NetworkData.GraphFile(after, previous.Site.Config.BasePath)]);
    }

    private static IEnumerable<ContentDocument> Neighbours(SemanticGraph graph, ContentDocument document) =>
        graph.NodeOf(document) is { } node ? graph.EdgesOf(node.Index).Select(e => graph.Nodes[e.Other(node.Index)].Document) : [];

    private static IEnumerable<(string, string, EdgeKind, int, string?)> EdgesOf(SemanticGraph graph, ContentDocument document) =>
        graph.NodeOf(document) is { } node
            ? graph.EdgesOf(node.Index).Select(e => (graph.Nodes[e.From].Id, graph.Nodes[e.To].Id, e.Kind, e.Weight, e.Relationship?.Label))
            : [];
}
