namespace Glossary.Text;

/// <summary>Suggests the closest known word for a misspelling (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var folded = TextFolding.Fold(typed);
        var limit = Math.Max(2, folded.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var d = EditDistance.Between(folded, TextFolding.Fold(candidate));
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" — did you mean 'x'?" or an empty string.</summary>
    public static string Phrase(string typed, IEnumerable<string> candidates) =>
        Suggest(typed, candidates) is { } s ? $" — did you mean '{s}'?" : "";
}
