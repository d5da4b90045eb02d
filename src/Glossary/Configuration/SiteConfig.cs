using System.Collections.Immutable;

namespace Glossary.Configuration;

/// <summary>The contents of <c>input/site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string Organization,
    string Language,
    Uri BaseUrl,
    ImmutableArray<Category> Categories,
    ImmutableArray<NavigationLink> Navigation,
    int ReadabilityGrade)
{
    public const string FileName = "site.yml";

    /// <summary>The crisis-help note, when site.yml configures one.</summary>
    public CrisisCallout? Crisis { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/> without a trailing slash ("" for a site at the root).</summary>
    public string BasePath => BaseUrl.AbsolutePath.TrimEnd('/');

    public Category? FindCategory(string nameOrSlug)
    {
        foreach (var c in Categories)
            if (string.Equals(c.Slug, nameOrSlug, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, nameOrSlug, StringComparison.OrdinalIgnoreCase))
                return c;
        return null;
    }
}
