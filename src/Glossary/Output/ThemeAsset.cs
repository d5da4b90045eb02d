namespace Glossary.Output;

/// <summary>A theme file (CSS, JS) to publish under /assets/ with a content hash in its name.</summary>
/// <param name="Name">Logical name, such as "site.css".</param>
public sealed record ThemeAsset(string Name, byte[] Content);
