using System.Collections.Immutable;

namespace Glossary.Rendering;

/// <summary>
/// /explain/ ("Explain my letter"): a reader pastes a letter and its terms, codes and deadlines are explained by
/// <see cref="Scripts"/>, in the browser, from the data file at <see cref="DataHref"/>. Without JavaScript the page says
/// so and offers the A–Z index and the next steps.
/// </summary>
public sealed record ExplainPageView(
    SiteView Site,
    string Path,
    string Title,
    string Description,
    ImmutableArray<LinkView> Breadcrumbs,
    string DataHref,
    ImmutableArray<string> ScriptHrefs,
    ImmutableArray<LinkView> NextSteps)
    : PageView(Site, Path, Title, Description, Breadcrumbs)
{
    /// <summary>The theme scripts that only this page loads, in order (every other script is on every page).</summary>
    public static readonly ImmutableArray<string> Scripts = ["explain-text.js", "explain.js"];
}
