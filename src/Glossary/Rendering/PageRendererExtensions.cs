namespace Glossary.Rendering;

public static class PageRendererExtensions
{
    /// <summary>Every page in memory: the result at index i is the HTML of views[i].</summary>
    public static byte[][] RenderAll(this IPageRenderer renderer, IReadOnlyList<PageView> views)
    {
        var pages = new byte[views.Count][];
        renderer.Render(views, (i, html) => pages[i] = html);
        return pages;
    }
}
