namespace Glossary.Pipeline;

/// <summary>How far an edit to a document reaches, from nearest to farthest.</summary>
public enum Reach
{
    /// <summary>Its own page (and its entry in the search index).</summary>
    OwnPage,

    /// <summary>Every output that shows it as a link or list item: those that recorded <see cref="ReadKind.Shown"/>.</summary>
    ShowingPages,

    /// <summary>Names, addresses, lists and their order, dates, other documents' checks: the whole site is built again.</summary>
    Site,
}
