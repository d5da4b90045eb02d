using System.Text.Json;
using System.Text.Json.Nodes;
using Glossary.Text;
using Glossary.Linking;

namespace Glossary.Rendering;

/// <summary>
/// schema.org JSON-LD for a page: a BreadcrumbList on every page, plus DefinedTerm (entries, with inDefinedTermSet),
/// DefinedTermSet (the A–Z index) and Article or Report with dateModified (guides). The JSON escapes '&lt;', so it
/// cannot close its script element.
/// </summary>
public static class StructuredData
{
    /// <summary>The A–Z index's DefinedTermSet lists at most this many terms, to keep the page light on large sites.</summary>
    public const int MaxTermsInSet = 1000;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string For(PageView page)
    {
        var graph = new JsonArray();
        if (Main(page) is { } main) graph.Add((JsonNode)main);
        graph.Add((JsonNode)Breadcrumbs(page));
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }

    private static JsonObject? Main(PageView page) => page switch
    {
        EntryPageView entry => new JsonObject
        {
            ["@type"] = "DefinedTerm",
            ["@id"] = page.CanonicalUrl,
            ["name"] = entry.Title,
            ["description"] = entry.Description,
            ["url"] = page.CanonicalUrl,
            ["alternateName"] = new JsonArray([.. entry.Aliases.Select(a => (JsonNode)a)]),
            ["inLanguage"] = page.Site.Language,
            ["inDefinedTermSet"] = TermSet(page.Site),
            ["dateModified"] = Date(entry.Dates.LastModified),
        },
        AzIndexPageView az => Merge(TermSet(page.Site), new JsonObject
        {
            ["description"] = az.Description,
            ["hasDefinedTerm"] = new JsonArray([
                .. az.Letters.SelectMany(l => l.Items).Where(i => !i.IsAlias).Take(MaxTermsInSet)
                    .Select(i => (JsonNode)new JsonObject { ["@type"] = "DefinedTerm", ["name"] = i.Name, ["url"] = Absolute(page.Site, i.Target.Href) }),
            ]),
        }),
        GuidePageView guide => new JsonObject
        {
            ["@type"] = guide.IsReport ? "Report" : "Article",
            ["@id"] = page.CanonicalUrl,
            ["headline"] = guide.Title,
            ["description"] = guide.Description,
            ["url"] = page.CanonicalUrl,
            ["inLanguage"] = page.Site.Language,
            ["dateModified"] = Date(guide.Dates.LastModified),
            ["author"] = Organization(page.Site),
            ["publisher"] = Organization(page.Site),
        },
        _ => null,
    };

    private static JsonObject TermSet(SiteView site) => new()
    {
        ["@type"] = "DefinedTermSet",
        ["@id"] = site.AbsoluteUrl(SiteRoutes.Glossary),
        ["name"] = site.Title,
        ["url"] = site.AbsoluteUrl(SiteRoutes.Glossary),
        ["inLanguage"] = site.Language,
    };

    private static JsonObject Breadcrumbs(PageView page)
    {
        var items = page.Breadcrumbs.Select(c => (Text: c.Text, Url: Absolute(page.Site, c.Href)))
            .Append((Text: page.Title, Url: page.CanonicalUrl))
            .Select((c, i) => (JsonNode)new JsonObject { ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = c.Text, ["item"] = c.Url });
        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = new JsonArray([.. items]) };
    }

    private static JsonObject Organization(SiteView site) => new() { ["@type"] = "Organization", ["name"] = site.Organization, ["url"] = site.AbsoluteUrl(SiteRoutes.Home) };

    private static JsonObject Merge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            target[key] = value;
        }
        return target;
    }

    private static JsonNode? Date(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    /// <summary>An href that already includes the base path, made absolute with the site's origin.</summary>
    private static string Absolute(SiteView site, string href) =>
        new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority) + href;
}
