using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// Every link of the site, resolved: the addresses the site publishes, each document's links as they are published
/// (by document address), and who links to whom.
/// </summary>
public sealed record SiteLinks(SiteRoutes Routes, IReadOnlyDictionary<string, ResolvedLinks> ByDocument, LinkGraph Graph)
{
    public ResolvedLinks Of(ContentDocument document) => ByDocument.GetValueOrDefault(document.Url, ResolvedLinks.Empty);
}
