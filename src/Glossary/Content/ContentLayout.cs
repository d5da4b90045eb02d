namespace Glossary.Content;

/// <summary>Where content lives in <c>input/</c> and where it is published.</summary>
public static class ContentLayout
{
    public const string GlossaryFolder = "glossary";
    public const string GuidesFolder = "guides";
    public const string PagesFolder = "pages";

    /// <summary>Data the build reads (such as <c>data/cpt-codes.yml</c>) and never publishes.</summary>
    public const string DataFolder = "data";

    public static bool IsData(string relativePath) => relativePath.StartsWith(DataFolder + "/", StringComparison.Ordinal);

    public static DocumentKind? KindOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash < 0) return null;
        return relativePath[..slash] switch
        {
            GlossaryFolder => DocumentKind.Entry,
            GuidesFolder => DocumentKind.Guide,
            PagesFolder => DocumentKind.Page,
            _ => null,
        };
    }

    public static string UrlOf(DocumentKind kind, string slug) => kind switch
    {
        DocumentKind.Entry => $"/glossary/{slug}/",
        DocumentKind.Guide => $"/guides/{slug}/",
        _ => $"/{slug}/",
    };

    /// <summary>Site addresses that generated pages use; a plain page may not take them.</summary>
    public static readonly HashSet<string> ReservedPageSlugs = new(StringComparer.Ordinal)
    {
        "glossary", "guides", "categories", "search", "assets", "network", "feed", "sitemap", "404", "thanks", "explain",
    };
}
