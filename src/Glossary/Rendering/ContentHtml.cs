namespace Glossary.Rendering;

/// <summary>
/// A page's body HTML (its Markdown, rendered), made when the page is rendered rather than when its view is built: a
/// build holds every view at once, and 10,000 rendered bodies waiting for their pages were some 100 MB of strings.
/// </summary>
public sealed class ContentHtml(Func<string> render)
{
    /// <summary>Renders the body; the theme calls it once per page.</summary>
    public string Render() => render();

    public override string ToString() => Render();
}
