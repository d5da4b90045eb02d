using Glossary.Diagnostics;
using Glossary.Text;
using Glossary.Yaml;

namespace Glossary.Configuration;

/// <summary>Reads and validates <c>site.yml</c>; every problem becomes a diagnostic.</summary>
public static class SiteConfigReader
{
    private static readonly string[] Keys =
        ["title", "description", "organization", "language", "base_url", "categories", "navigation", "readability_grade", "crisis_callout",
         Languages.LanguagesReader.Key];
    private static readonly string[] CategoryKeys = ["name", "slug", "description"];
    private static readonly string[] NavigationKeys = ["title", "url"];

    public static SiteConfig? Read(string yaml, string displayPath, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var map = YamlDocumentLoader.LoadMapping(yaml, displayPath, 0, diagnostics, "site.yml");
        if (map is null) return null;
        var fields = new YamlFields(map, displayPath, 0, diagnostics, Keys, "site.yml");

        var title = fields.String("title", required: true, "give the site a name: title: Consumer Glossary");
        var description = fields.String("description") ?? "";
        var organization = fields.String("organization") ?? title ?? "";
        var language = fields.String("language") ?? "en";
        var baseUrl = ReadBaseUrl(fields, baseUrlOverride, diagnostics, displayPath);
        var slugsTaken = new Dictionary<string, string>(StringComparer.Ordinal);
        var categories = fields.Objects("categories", CategoryKeys, item => ReadCategory(item, slugsTaken),
            "write each category as '  - name: Insurance' with 'slug:' and 'description:' lines under it");
        var navigation = fields.Objects("navigation", NavigationKeys, ReadNavigation,
            "write each link as '  - title: About' with a 'url: /about/' line under it");
        var grade = fields.Int("readability_grade") ?? 9;
        var crisis = CrisisCalloutReader.Read(fields, categories);

        if (title is null || baseUrl is null) return null;
        var config = new SiteConfig(title, description, organization, language, baseUrl, categories, navigation, grade) { Crisis = crisis };
        return Languages.LanguagesReader.Read(fields, config);
    }

    private static Uri? ReadBaseUrl(YamlFields fields, string? overrideUrl, DiagnosticBag diagnostics, string displayPath)
    {
        var text = overrideUrl ?? fields.String("base_url", required: true, "write the address the site is published at: base_url: https://example.org/");
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
        var at = overrideUrl is null ? fields.SpanOfValue("base_url") : SourceLocation.WholeFile("--base-url");
        diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"base_url '{text}' is not an absolute http(s) address",
            "write the full address, such as https://glossary.example.org/");
        return null;
    }

    /// <param name="slugsTaken">The slug of each category read so far, and its name.</param>
    private static Category? ReadCategory(YamlFields item, Dictionary<string, string> slugsTaken)
    {
        var name = item.String("name", required: true);
        if (name is null) return null;
        var slug = item.String("slug") ?? Slugs.From(name);
        if (!Slugs.IsValid(slug))
        {
            item.Diagnostics.Error(item.SpanOfValue("slug"), DiagnosticCodes.InvalidSlug, $"category slug '{slug}' must use only a-z, 0-9 and hyphens",
                $"try '{Slugs.From(slug)}'");
            return null;
        }
        if (!slugsTaken.TryAdd(slug, name))
            item.Diagnostics.Error(item.SpanOfValue("slug"), DiagnosticCodes.DuplicateCategorySlug,
                $"category slug '{slug}' is already used by the category '{slugsTaken[slug]}'",
                "give each category its own slug; two categories with one slug would share one page");
        return new Category(name, slug, item.String("description") ?? "");
    }

    internal static NavigationLink? ReadNavigation(YamlFields item)
    {
        var title = item.String("title", required: true);
        var url = item.String("url", required: true);
        if (url is not null && Markdown.UnsafeHtmlScanner.IsScriptUrl(url))
        {
            item.Diagnostics.Error(item.SpanOfValue("url"), DiagnosticCodes.UnsafeHtml, $"navigation link '{title}' uses a script URL",
                "link to a page of the site (/about/) or to another site (https://…)");
            return null;
        }
        return title is null || url is null ? null : new NavigationLink(title, url);
    }
}
