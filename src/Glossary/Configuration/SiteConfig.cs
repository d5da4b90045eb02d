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

    /// <summary>The language's own name, as its readers write it ("English", "Español"): the language switch shows it.</summary>
    public string LanguageName { get; init; } = "English";

    /// <summary>The theme's texts in this language.</summary>
    public Languages.ThemeStrings Strings { get; init; } = Languages.ThemeStrings.English;

    /// <summary>The address of the whole site: <see cref="BaseUrl"/> for the default language, its parent for the others.</summary>
    public Uri RootUrl { get => field ?? BaseUrl; init; }

    /// <summary>The base path of the whole site (shared theme assets live there).</summary>
    public string RootBasePath => RootUrl.AbsolutePath.TrimEnd('/');

    /// <summary>Where this language's files go in the output: "" for the default language, "es/" for Spanish.</summary>
    public string OutputFolder { get; init; } = "";

    /// <summary>The other languages of the site (site.yml 'languages'), each a configuration of its own; empty for one language.</summary>
    public System.Collections.Immutable.ImmutableArray<SiteConfig> Translations { get; init; } = [];

    public Category? FindCategory(string nameOrSlug)
    {
        foreach (var c in Categories)
            if (string.Equals(c.Slug, nameOrSlug, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, nameOrSlug, StringComparison.OrdinalIgnoreCase)
                || (c.DefaultName is { } name && string.Equals(name, nameOrSlug, StringComparison.OrdinalIgnoreCase)))
                return c;
        return null;
    }
}
