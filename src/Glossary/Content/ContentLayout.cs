namespace Glossary.Content;

/// <summary>Where content lives in <c>input/</c> (where it is published: <see cref="Linking.SiteRoutes.DocumentUrl"/>).</summary>
public static class ContentLayout
{
    public const string GlossaryFolder = "glossary";
    public const string GuidesFolder = "guides";
    public const string PagesFolder = "pages";

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
