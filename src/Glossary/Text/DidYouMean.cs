namespace Glossary.Text;

/// <summary>
/// Suggests the closest known name for a misspelling. Names are compared folded (case and accents aside, see
/// <see cref="TextFolding"/>) but suggested as written, so an editor is offered what to type: 'IOP', not 'iop'.
/// </summary>
public static class DidYouMean
{
    /// <summary>
    /// The candidate nearest to <paramref name="typed"/> (edit distance of the folded forms, at most a third of its
    /// length and never under 2), or null. Among candidates that fold alike the first given wins, so callers list the
    /// form they prefer first (a title before its slug); nearer candidates win, then the first by folded form.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var folded = TextFolding.Fold(typed);
        var limit = Math.Max(2, folded.Length / 3);
        (string Name, string Key, int Distance)? best = null;
        foreach (var candidate in candidates)
        {
            var key = TextFolding.Fold(candidate);
            var d = EditDistance.Between(folded, key);
            if (best is not { } b || d < b.Distance || (d == b.Distance && string.CompareOrdinal(key, b.Key) < 0))
                best = (candidate, key, d);
        }
        return best is { } found && found.Distance <= limit ? found.Name : null;
    }

    /// <summary>" — did you mean 'x'?" or an empty string.</summary>
    public static string Phrase(string typed, IEnumerable<string> candidates) => Phrase(Suggest(typed, candidates));

    /// <summary>" — did you mean 'x'?" for a suggestion already made, or an empty string for none.</summary>
    public static string Phrase(string? suggestion) => suggestion is null ? "" : $" — did you mean '{suggestion}'?";
}
