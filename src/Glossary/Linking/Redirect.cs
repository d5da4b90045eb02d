using Glossary.Content;

namespace Glossary.Linking;

/// <summary>An old address (site-relative, "/glossary/old-slug/") that now lives at a document.</summary>
public sealed record Redirect(string From, ContentDocument To);
