namespace Glossary.Content;

/// <summary>
/// The order of documents wherever the site lists them by name (indexes, related terms, "Referenced in", search):
/// title ignoring case, then address, so two documents with one title still come in the same order every build.
/// </summary>
public static class DocumentOrder
{
    public static IComparer<ContentDocument> ByTitle { get; } = Comparer<ContentDocument>.Create(static (a, b) =>
    {
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Url, b.Url);
    });
}
