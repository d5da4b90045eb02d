using System.Globalization;
using System.Text.Json;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Search;

namespace Glossary.Network;

/// <summary>
/// The files the explorer reads, so that a view fetches what it shows rather than the whole graph:
/// <list type="bullet">
/// <item>network/data/nodes.json: the kinds of connection and every page as [id, title, href, kind], in title order
/// (a page's index is its place here), for the combobox;</item>
/// <item>network/data/e-N.json: the edges of the pages N × <see cref="NodesPerShard"/> to the next shard's first, as
/// [from, to, kind, weight] with a relationship's label as a fifth item, each once, in the graph's order; the explorer
/// fetches the shards of its chosen pages and of each ring it draws;</item>
/// <item>network/codes/c-XX.json: the share codes of every page's default view, sharded by the code's first character
/// (XX its hexadecimal value, so shards stay apart on file systems that ignore case), each mapping codes to views.</item>
/// </list>
/// </summary>
public static class NetworkData
{
    public const string Folder = "/network/data/";
    public const string NodesPath = Folder + "nodes.json";
    public const string CodesFolder = "network/codes";

    /// <summary>Pages per edge shard: a view of one page at depth 2 reads at most its own and its rings' (about 60 pages') shards.</summary>
    public const int NodesPerShard = 32;

    /// <summary>The table of share codes of every page's default view, one file per shard.</summary>
    public static IEnumerable<OutputFile> CodeFiles(SemanticGraph graph)
    {
        var views = graph.Nodes.Select(n => NetworkView.Default(n.Id)).Select(v => (v.Code, v.Canonical)).ToLookup(v => ShardKey(v.Code));
        // Every shard, even an empty one: a code nobody has is answered "not here", not by a missing file.
        foreach (var key in ShardKeys)
            yield return SearchIndexBuilder.Json(ShardPath(key), writer =>
            {
                writer.WriteStartObject();
                foreach (var (code, canonical) in views[key].OrderBy(v => v.Code, StringComparer.Ordinal)) writer.WriteString(code, canonical);
                writer.WriteEndObject();
            });
    }

    private static readonly string[] ShardKeys =
        [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".Select(c => ShardKey(c.ToString())).Order(StringComparer.Ordinal)];

    /// <summary>The shard a code is in: its first character's code in two hexadecimal digits ("A" is "41").</summary>
    public static string ShardKey(string code) => ((int)code[0]).ToString("x2", CultureInfo.InvariantCulture);

    public static string ShardPath(string key) => $"{CodesFolder}/c-{key}.json";

    public static int EdgeShardCount(SemanticGraph graph) => (graph.Nodes.Length + NodesPerShard - 1) / NodesPerShard;

    /// <summary>The address of an edge shard, as routes are written ("/network/data/e-0.json").</summary>
    public static string EdgeShardPath(int shard) => Folder + "e-" + shard.ToString(CultureInfo.InvariantCulture) + ".json";

    public static IEnumerable<int> NodesOfShard(SemanticGraph graph, int shard) =>
        Enumerable.Range(shard * NodesPerShard, Math.Min(NodesPerShard, graph.Nodes.Length - shard * NodesPerShard));

    public static OutputFile NodesFile(SemanticGraph graph, string basePath) =>
        SearchIndexBuilder.Json(NodesPath.TrimStart('/'), writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("perShard", NodesPerShard);
            writer.WriteStartArray("kinds");
            foreach (var kind in Enum.GetValues<EdgeKind>()) writer.WriteStringValue(kind.Code());
            writer.WriteEndArray();
            writer.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(node.Id);
                writer.WriteStringValue(node.Document.Title);
                writer.WriteStringValue(SiteUrl.Href(basePath, node.Document.Url));
                writer.WriteStringValue(node.Kind.ToString().ToLowerInvariant());
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    public static OutputFile EdgeFile(SemanticGraph graph, int shard) =>
        SearchIndexBuilder.Json(EdgeShardPath(shard).TrimStart('/'), writer =>
        {
            writer.WriteStartArray();
            foreach (var edge in graph.EdgesOfAny(NodesOfShard(graph, shard))) WriteEdge(writer, edge);
            writer.WriteEndArray();
        });

    private static void WriteEdge(Utf8JsonWriter writer, NetworkEdge edge)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(edge.From);
        writer.WriteNumberValue(edge.To);
        writer.WriteNumberValue((int)edge.Kind);
        writer.WriteNumberValue(edge.Weight);
        if (edge.Relationship is { } r) writer.WriteStringValue(r.Label);
        writer.WriteEndArray();
    }
}
