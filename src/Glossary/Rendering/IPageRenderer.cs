namespace Glossary.Rendering;

/// <summary>
/// Turns page views into complete HTML documents. The core defines it; the theme implements it (with Razor),
/// so the core never depends on a template engine.
/// </summary>
public interface IPageRenderer
{
    /// <summary>Renders every view; the result at index i is the HTML of views[i]. Implementations may work in parallel.</summary>
    IReadOnlyList<string> RenderAll(IReadOnlyList<PageView> views);
}
