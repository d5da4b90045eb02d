using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// For one document: each link URL as written in Markdown, mapped to the href to publish, and, for links to
/// glossary entries, the entry (so the link can carry its summary as a preview and an accessible description).
/// </summary>
/// (Plain dictionaries: each holds a handful of links, and a frozen one costs more to build than it ever saves.)
public sealed class ResolvedLinks(IReadOnlyDictionary<string, string> hrefs, IReadOnlyDictionary<string, ContentDocument> terms,
    IReadOnlyDictionary<string, OtherLanguage>? otherLanguages = null)
{
    public static readonly ResolvedLinks Empty = new(new Dictionary<string, string>(), new Dictionary<string, ContentDocument>());

    public string Rewrite(string url) => hrefs.GetValueOrDefault(url, url);

    /// <summary>The glossary entry a link URL points to, if any.</summary>
    public ContentDocument? TermAt(string url) => terms.GetValueOrDefault(url);

    /// <summary>For a link to a page in another language (a term with no twin in the page's language): that language.</summary>
    public OtherLanguage? OtherLanguageAt(string url) => otherLanguages?.GetValueOrDefault(url);

    /// <summary>Every glossary entry the document links to, in a stable order.</summary>
    public IEnumerable<ContentDocument> Terms => terms.Values.Distinct().OrderBy(t => t.Slug, StringComparer.Ordinal);
}
