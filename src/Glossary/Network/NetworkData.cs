using System.Globalization;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Search;

namespace Glossary.Network;

/// <summary>
/// The files the explorer reads: the graph (network/graph.json, compact: nodes as [id, title, href, kind], edges as
/// [from, to, kind, weight] with a relationship's label as a fifth item) and the table of share codes of every page's
/// default view, sharded by the code's first character (network/codes/c-XX.json, XX its hexadecimal value, so shards
/// stay apart on file systems that ignore case), each mapping codes to canonical views.
/// </summary>
public static class NetworkData
{
    public const string GraphPath = "/network/graph.json";
    public const string CodesFolder = "network/codes";

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

    public static OutputFile GraphFile(SemanticGraph graph, string basePath) =>
        SearchIndexBuilder.Json(GraphPath.TrimStart('/'), writer =>
        {
            writer.WriteStartObject();
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
            writer.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(edge.From);
                writer.WriteNumberValue(edge.To);
                writer.WriteNumberValue((int)edge.Kind);
                writer.WriteNumberValue(edge.Weight);
                if (edge.Relationship is { } r) writer.WriteStringValue(r.Label);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
