namespace Glossary.Content;

/// <summary>Where content lives in <c>input/</c> (where it is published: <see cref="Linking.SiteRoutes.DocumentUrl"/>).</summary>
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
}
