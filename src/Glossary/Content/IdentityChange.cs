namespace Glossary.Content;

/// <summary>How an edit changed what other pages show of a document.</summary>
public enum IdentityChange
{
    /// <summary>Nothing other pages show: only the body (text, links, headings) changed.</summary>
    None,

    /// <summary>Only the summary: the pages that show it must follow, but no name, address or list order moves.</summary>
    SummaryOnly,

    /// <summary>A name, address, list, date or switch: a full build.</summary>
    Other,
}
