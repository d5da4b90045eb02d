using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Linking;

namespace Glossary.Content;

/// <summary>
/// The whole input after parsing and validation: configuration, published documents, their entries' names indexed
/// (<see cref="Terms"/> to look a name up, <see cref="Matcher"/> to find names in text), passthrough files.
/// </summary>
public sealed record Site(
    SiteConfig Config,
    ImmutableArray<ContentDocument> Documents,
    TermIndex Terms,
    TermMatcher Matcher,
    ImmutableArray<SourceFile> StaticFiles)
{
    public IEnumerable<ContentDocument> Entries => Documents.Where(d => d.Kind == DocumentKind.Entry);

    /// <summary>
    /// For a translation, the default language's site: a term with no twin in this language is linked there (marked
    /// with its language), and 'related' or 'terms' may name it; lists, backlinks and previews stay in this language.
    /// </summary>
    public Site? Fallback { get; init; }

    public IEnumerable<ContentDocument> Guides => Documents.Where(d => d.Kind == DocumentKind.Guide);

    /// <summary>The site.yml categories a document names, in its order (names site.yml does not know are skipped).</summary>
    public IReadOnlyList<Category> CategoriesOf(ContentDocument document)
    {
        // Called for every candidate of every related-terms list: no LINQ chain, one small list at most.
        List<Category>? found = null;
        foreach (var name in document.Meta.Categories)
            if (Config.FindCategory(name.Value) is { } category && !(found?.Contains(category) ?? false))
                (found ??= new List<Category>(2)).Add(category);
        return found ?? (IReadOnlyList<Category>)[];
    }

    /// <summary>Entries and guides with a known last modification, newest first (then by title and address): the home page's list and the feed.</summary>
    public IEnumerable<ContentDocument> RecentlyModified() => Documents
        .Where(d => d.Kind != DocumentKind.Page && d.LastModified is not null)
        .OrderByDescending(d => d.LastModified)
        .ThenBy(d => d, DocumentOrder.ByTitle);
}
