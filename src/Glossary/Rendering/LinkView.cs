namespace Glossary.Rendering;

/// <summary>A link as the theme shows it: text, href (base path included) and an optional one-line description.</summary>
/// <param name="TermId">For links to glossary entries: the id of the element holding the entry's summary on the page
/// (the visible description in a list, or the page's hidden summaries), which the link names with aria-describedby.</param>
public sealed record LinkView(string Text, string Href, string? Description = null, string? TermId = null);
