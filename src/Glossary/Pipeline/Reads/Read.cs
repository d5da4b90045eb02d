using Glossary.Content;

namespace Glossary.Pipeline;

/// <summary>What an output was made from, beyond its own document: one thing it read of another document.</summary>
/// <param name="Url">The address of the document read.</param>
public readonly record struct Read(string Url, ReadKind Kind)
{
    public static Read Shown(ContentDocument document) => new(document.Url, ReadKind.Shown);

    public static Read LinksFrom(ContentDocument document) => new(document.Url, ReadKind.LinksFrom);

    public static Read LinksTo(ContentDocument document) => new(document.Url, ReadKind.LinksTo);

    public static Read Headings(ContentDocument document) => new(document.Url, ReadKind.Headings);

    public static Read Connections(ContentDocument document) => new(document.Url, ReadKind.Connections);
}

public enum ReadKind
{
    /// <summary>Shown as a link or a list item: its title, address and summary.</summary>
    Shown,

    /// <summary>The pages it links to (its list in the link graph).</summary>
    LinksFrom,

    /// <summary>The pages that link to it.</summary>
    LinksTo,

    /// <summary>Its headings and their ids (the explain data links each term's "What you can do" section).</summary>
    Headings,

    /// <summary>Its edges in the semantic network, with their kinds, weights and labels (its neighbourhood).</summary>
    Connections,
}
