using System.Text.Json;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Explain;

/// <summary>
/// The table in term-matching-cases.json, which auto-linking's TermMatcher and the matcher in explain-text.js must both
/// follow (read by <see cref="TermMatchingTests"/> and by the browser's explain tests), and a site built from its terms.
/// </summary>
public static class TermMatchingCases
{
    public sealed record Case(string Text, IReadOnlyList<(int Start, string Text, string Slug)> Expected);

    public static string Path { get; } = System.IO.Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Explain", "term-matching-cases.json");

    private static readonly JsonElement Table = JsonDocument.Parse(File.ReadAllText(Path)).RootElement;

    public static IReadOnlyList<Case> All { get; } =
    [
        .. Table.GetProperty("cases").EnumerateArray().Select(c => new Case(c.GetProperty("text").GetString()!,
            [.. c.GetProperty("expected").EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetString()!, m[2].GetString()!))])),
    ];

    /// <summary>The table's terms as glossary entries, built once through the real pipeline.</summary>
    public static BuildResult Site => LazySite.Value;

    private static readonly Lazy<BuildResult> LazySite = new(() =>
    {
        var site = new TestSite();
        foreach (var term in Table.GetProperty("terms").EnumerateArray())
        {
            var aliases = term.TryGetProperty("aliases", out var list) ? list.EnumerateArray().Select(a => JsonSerializer.Serialize(a.GetString())) : [];
            var autolink = term.TryGetProperty("autolink", out var flag) ? $"\nautolink: {(flag.GetBoolean() ? "true" : "false")}" : "";
            site.WithEntry(term.GetProperty("slug").GetString()!, term.GetProperty("title").GetString()!, "",
                $"aliases: [{string.Join(", ", aliases)}]{autolink}");
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });
}
