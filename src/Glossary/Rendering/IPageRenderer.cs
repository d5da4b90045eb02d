namespace Glossary.Rendering;

/// <summary>
/// Turns page views into complete HTML documents. The core defines it; the theme implements it (with Razor),
/// so the core never depends on a template engine.
/// </summary>
public interface IPageRenderer
{
    /// <summary>
    /// Renders every view; the result at index i is the UTF-8 HTML of views[i]. Implementations may work in parallel.
    /// Bytes rather than strings: at 10,000 pages, holding every page as a UTF-16 string as well doubled peak memory.
    /// </summary>
    IReadOnlyList<byte[]> RenderAll(IReadOnlyList<PageView> views);
}
