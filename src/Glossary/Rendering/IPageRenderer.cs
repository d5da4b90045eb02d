namespace Glossary.Rendering;

/// <summary>
/// Turns page views into complete HTML documents. The core defines it; the theme implements it (with Razor),
/// so the core never depends on a template engine.
/// </summary>
public interface IPageRenderer
{
    /// <summary>
    /// Renders every view and hands each page's UTF-8 HTML to <paramref name="consume"/> (with the view's index) as soon
    /// as it is ready, possibly from several threads at once, so a build can check and write a page and let it go
    /// instead of holding 10,000 pages in memory. Bytes rather than strings for the same reason.
    /// </summary>
    void Render(IReadOnlyList<PageView> views, Action<int, byte[]> consume);
}
