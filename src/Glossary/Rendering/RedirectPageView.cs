namespace Glossary.Rendering;

/// <summary>A small page at an old address that sends readers (and hosts without redirect rules) to the new one.</summary>
public sealed record RedirectPageView(SiteView Site, string Path, string Title, string Description, LinkView Target)
    : PageView(Site, Path, Title, Description, []);
