namespace Glossary.Rendering;

/// <summary>A link as the theme shows it: text, href (base path included) and an optional one-line description.</summary>
public sealed record LinkView(string Text, string Href, string? Description = null);
