using Markdig.Syntax.Inlines;

namespace Glossary.Markdown.WikiLinks;

/// <summary>
/// <c>[[Term]]</c>, <c>[[Term|label]]</c> or <c>[[Term#heading]]</c>: a link to a glossary entry by its title, alias or slug.
/// Its <see cref="LinkInline.Url"/> is a placeholder (<c>wikilink:Term#heading</c>) that link resolution maps to the entry's address.
/// </summary>
public sealed class WikiLink : LinkInline
{
    public const string Scheme = "wikilink:";

    public required string Term { get; init; }

    public string? Anchor { get; init; }
}
