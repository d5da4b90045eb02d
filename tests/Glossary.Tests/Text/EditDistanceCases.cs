using System.Text.Json;
using Glossary.Tests.Support;

namespace Glossary.Tests.Text;

/// <summary>
/// The table of edit distances in edit-distance-cases.json, which the C# did-you-mean and search.js must both give
/// (read by <see cref="EditDistanceTests"/> and by the browser's search tests).
/// </summary>
public static class EditDistanceCases
{
    public static string Path { get; } = System.IO.Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Text", "edit-distance-cases.json");

    public static IReadOnlyList<(string A, string B, int Distance)> All { get; } = Load();

    private static List<(string, string, int)> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path));
        return [.. json.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => (c[0].GetString()!, c[1].GetString()!, c[2].GetInt32()))];
    }
}
