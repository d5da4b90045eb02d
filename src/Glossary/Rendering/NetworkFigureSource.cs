namespace Glossary.Rendering;

/// <summary>
/// A page's network figure, drawn when the page is rendered rather than when its view is built: a build holds every
/// view at once, and 10,000 figures (about a dozen nodes, edges and connections each, as strings) waiting for their
/// pages were some 100 MB. Whether the page has a figure is known when its view is built.
/// </summary>
public sealed class NetworkFigureSource(Func<NetworkFigureView> make)
{
    /// <summary>Draws the figure; the theme calls it once per page.</summary>
    public NetworkFigureView Make() => make();
}
