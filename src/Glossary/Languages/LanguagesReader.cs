using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Diagnostics;
using Glossary.Yaml;

namespace Glossary.Languages;

/// <summary>
/// Reads site.yml's 'languages': the first is the default language, published at the root; each other one is
/// published under its own folder (/es/) and becomes a configuration of its own, whose title, description,
/// navigation, crisis note, category names and theme texts are its translations.
/// </summary>
public static class LanguagesReader
{
    public const string Key = "languages";

    private static readonly string[] LanguageKeys =
        ["code", "name", "path", "title", "description", "organization", "navigation", "crisis_callout", "categories", "strings"];
    private static readonly string[] CategoryKeys = ["slug", "name", "description"];

    private sealed record Entry(string Code, string Name, YamlFields Fields);

    private sealed record CategoryText(string Slug, string? Name, string? Description);

    /// <summary>The default configuration with its translations; <paramref name="config"/> unchanged when site.yml lists no languages.</summary>
    public static SiteConfig Read(YamlFields site, SiteConfig config)
    {
        var entries = site.Objects(Key, LanguageKeys, ReadEntry,
            "write each language as '  - code: es' with 'name: Español' and its 'strings:' under it; the first is the default");
        if (entries.IsEmpty) return config;
        var first = entries[0];
        var translations = ImmutableArray.CreateBuilder<SiteConfig>();
        foreach (var entry in entries.Skip(1))
            if (Translation(entry, config) is { } translation) translations.Add(translation);
        return config with { Language = first.Code, LanguageName = first.Name, Translations = translations.ToImmutable() };
    }

    private static Entry? ReadEntry(YamlFields item)
    {
        var code = item.String("code", required: true, "give the language's code: code: es");
        var name = item.String("name", required: true, "give the language's name as its readers write it: name: Español");
        if (code is not null && !Text.Slugs.IsValid(code))
        {
            item.Diagnostics.Error(item.SpanOfValue("code"), DiagnosticCodes.InvalidValue, $"language code '{code}' is not a language code",
                "write the two-letter code of the language, such as es");
            return null;
        }
        return code is null || name is null ? null : new Entry(code, name, item);
    }

    private static SiteConfig? Translation(Entry entry, SiteConfig config)
    {
        var fields = entry.Fields;
        var path = fields.String("path") ?? entry.Code;
        var strings = ReadStrings(fields);
        if (strings is null || !Text.Slugs.IsValid(path)) return null;
        var categories = ReadCategories(fields, config.Categories);
        var navigation = fields.Objects("navigation", ["title", "url"], SiteConfigReader.ReadNavigation,
            "write each link as '  - title: Acerca de' with a 'url: /about/' line under it");
        var crisis = config.Crisis is { } c && CrisisCalloutReader.Read(fields, categories) is { } translated
            ? translated with { Phone = translated.Phone ?? c.Phone, CategorySlugs = translated.CategorySlugs.IsEmpty ? c.CategorySlugs : translated.CategorySlugs }
            : config.Crisis;
        return config with
        {
            Title = fields.String("title") ?? config.Title,
            Description = fields.String("description") ?? config.Description,
            Organization = fields.String("organization") ?? config.Organization,
            Language = entry.Code,
            LanguageName = entry.Name,
            BaseUrl = new Uri(config.BaseUrl, path + "/"),
            RootUrl = config.BaseUrl,
            OutputFolder = path + "/",
            Categories = categories,
            Navigation = navigation.IsEmpty ? config.Navigation : navigation,
            Crisis = crisis,
            Strings = strings,
        };
    }

    private static ThemeStrings? ReadStrings(YamlFields language)
    {
        var fields = language.Mapping("strings", ThemeStrings.Keys);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in ThemeStrings.Keys)
        {
            if (fields?.String(key) is { Length: > 0 } text) texts[key] = text;
            else missing.Add(key);
        }
        if (missing.Count == 0) return ThemeStrings.Of(texts);
        language.Diagnostics.Error(fields?.Start ?? language.Start, DiagnosticCodes.MissingField,
            $"the theme's texts are not all translated: {string.Join(", ", missing)}",
            $"add each under 'strings:'; the English texts are in src/Glossary/Languages/ThemeStrings.cs (for example {missing[0]}: …)");
        return null;
    }

    /// <summary>The site's categories with their names and descriptions in this language (by slug); untranslated ones keep theirs.</summary>
    private static ImmutableArray<Category> ReadCategories(YamlFields language, ImmutableArray<Category> defaults)
    {
        var translated = language.Objects("categories", CategoryKeys, item =>
        {
            var slug = item.String("slug", required: true);
            if (slug is not null && !defaults.Any(c => c.Slug == slug))
                item.Diagnostics.Error(item.SpanOfValue("slug"), DiagnosticCodes.InvalidValue, $"there is no category with the slug '{slug}'",
                    $"use a slug of the categories listed in site.yml: {string.Join(", ", defaults.Select(c => c.Slug))}");
            return slug is null ? null : new CategoryText(slug, item.String("name", required: true), item.String("description"));
        }, "write each category as '  - slug: insurance' with 'name: Seguros' and 'description:' under it");
        return
        [
            .. defaults.Select(c => translated.FirstOrDefault(t => t.Slug == c.Slug) is { } t
                ? new Category(t.Name ?? c.Name, c.Slug, t.Description ?? c.Description) { DefaultName = c.Name }
                : c with { DefaultName = c.Name }),
        ];
    }
}
