namespace Glossary.Rendering;

/// <summary>
/// The same page in one of the site's languages: its code (hreflang), its name as its readers write it (the language
/// switch), its href (base path included) and its absolute URL (alternate links, sitemap).
/// </summary>
public sealed record AlternateView(string Code, string Name, string Href, string Url, bool IsDefault);
