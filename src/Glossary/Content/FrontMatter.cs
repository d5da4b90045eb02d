using System.Collections.Immutable;
using Glossary.Yaml;

namespace Glossary.Content;

/// <summary>Typed, validated front matter of an entry, guide or page (fields a kind does not allow stay empty).</summary>
/// <param name="CrisisCallout">true or false to show or hide the site's crisis callout on this page whatever its
/// categories; null to follow site.yml.</param>
public sealed record FrontMatter(
    string Title,
    string Summary,
    ImmutableArray<Located<string>> Aliases,
    ImmutableArray<Located<string>> Categories,
    ImmutableArray<Located<string>> Related,
    ImmutableArray<SourceReference> Sources,
    DateOnly? Reviewed,
    DateOnly? Updated,
    bool Draft,
    GuideKind GuideKind,
    ImmutableArray<KeyFinding> KeyFindings,
    ImmutableArray<Located<string>> Terms,
    ImmutableArray<Located<string>> RedirectFrom,
    bool Autolink,
    bool? CrisisCallout = null);
