using System.Collections.Immutable;
using Glossary.Yaml;

namespace Glossary.Content;

/// <summary>
/// Typed, validated front matter of an entry, guide or page (fields a kind does not allow stay empty).
/// <see cref="Partial"/> when it had errors: then it holds what could be read, so that other documents can still refer
/// to the document by its names while the build fails on the errors themselves.
/// </summary>
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
    bool? CrisisCallout = null,
    bool Partial = false)
{
    /// <summary>
    /// In a translation: the first 12 hex digits of the SHA-256 of the default-language twin it translates (its bytes,
    /// line ends as LF), so 'check' can tell when that twin changed since (<see cref="Languages.SourceHash"/>).
    /// </summary>
    public Located<string>? SourceHash { get; init; }

    /// <summary>Front matter of which nothing could be read (no front matter, or a file that could not be read at all).</summary>
    /// <summary>Explained connections between entries ('relationships'), on entries and guides.</summary>
    public ImmutableArray<Relationship> Relationships { get; init; } = [];

    public static FrontMatter None { get; } = new("", "", [], [], [], [], null, null, false, GuideKind.Guide, [], [], [], true, Partial: true);
}
