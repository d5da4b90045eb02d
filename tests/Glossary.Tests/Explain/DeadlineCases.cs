using System.Text.Json;
using Glossary.Tests.Support;

namespace Glossary.Tests.Explain;

/// <summary>The table in deadline-cases.json, which .NET and explain-text.js must both follow with the same pattern.</summary>
public static class DeadlineCases
{
    public static string Path { get; } = System.IO.Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Explain", "deadline-cases.json");

    public static IReadOnlyList<(string Text, string[] Expected)> All { get; } =
    [
        .. JsonDocument.Parse(File.ReadAllText(Path)).RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToArray())),
    ];
}
