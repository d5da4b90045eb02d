using System.Buffers;
using System.Text;
using System.Text.Json;
using Glossary.Text;
using Glossary.Linking;

namespace Glossary.Rendering;

/// <summary>
/// schema.org JSON-LD for a page: a BreadcrumbList on every page, plus DefinedTerm (entries, with inDefinedTermSet),
/// DefinedTermSet (the A–Z index) and Article or Report with dateModified (guides). The JSON escapes '&lt;', so it
/// cannot close its script element. Written straight to a buffer each thread keeps: a tree of JSON nodes per page
/// was about a tenth of rendering a page.
/// </summary>
public static class StructuredData
{
    /// <summary>The A–Z index's DefinedTermSet lists at most this many terms, to keep the page light on large sites.</summary>
    public const int MaxTermsInSet = 1000;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public static string For(PageView page)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        var origin = new Uri(page.Site.BaseUrl).GetLeftPart(UriPartial.Authority);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        WriteMain(json, page, origin);
        WriteBreadcrumbs(json, page, origin);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteMain(Utf8JsonWriter json, PageView page, string origin)
    {
        switch (page)
        {
            case EntryPageView entry:
                json.WriteStartObject();
                json.WriteString("@type", "DefinedTerm");
                json.WriteString("@id", page.CanonicalUrl);
                json.WriteString("name", entry.Title);
                json.WriteString("description", entry.Description);
                json.WriteString("url", page.CanonicalUrl);
                json.WriteStartArray("alternateName");
                foreach (var alias in entry.Aliases) json.WriteStringValue(alias);
                json.WriteEndArray();
                json.WriteString("inLanguage", page.Site.Language);
                json.WritePropertyName("inDefinedTermSet");
                json.WriteStartObject();
                WriteTermSet(json, page.Site);
                json.WriteEndObject();
                WriteDate(json, entry.Dates.LastModified);
                json.WriteEndObject();
                break;
            case AzIndexPageView az:
                json.WriteStartObject();
                WriteTermSet(json, page.Site);
                json.WriteString("description", az.Description);
                json.WriteStartArray("hasDefinedTerm");
                foreach (var item in az.Letters.SelectMany(l => l.Items).Where(i => !i.IsAlias).Take(MaxTermsInSet))
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "DefinedTerm");
                    json.WriteString("name", item.Name);
                    json.WriteString("url", origin + item.Target.Href);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case GuidePageView guide:
                json.WriteStartObject();
                json.WriteString("@type", guide.IsReport ? "Report" : "Article");
                json.WriteString("@id", page.CanonicalUrl);
                json.WriteString("headline", guide.Title);
                json.WriteString("description", guide.Description);
                json.WriteString("url", page.CanonicalUrl);
                json.WriteString("inLanguage", page.Site.Language);
                WriteDate(json, guide.Dates.LastModified);
                WriteOrganization(json, "author", page.Site);
                WriteOrganization(json, "publisher", page.Site);
                json.WriteEndObject();
                break;
        }
    }

    /// <summary>The DefinedTermSet's properties, inside an object the caller opened.</summary>
    private static void WriteTermSet(Utf8JsonWriter json, SiteView site)
    {
        json.WriteString("@type", "DefinedTermSet");
        json.WriteString("@id", site.AbsoluteUrl(SiteRoutes.Glossary));
        json.WriteString("name", site.Title);
        json.WriteString("url", site.AbsoluteUrl(SiteRoutes.Glossary));
        json.WriteString("inLanguage", site.Language);
    }

    private static void WriteBreadcrumbs(Utf8JsonWriter json, PageView page, string origin)
    {
        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        var position = 1;
        foreach (var crumb in page.Breadcrumbs) WriteListItem(json, position++, crumb.Text, origin + crumb.Href);
        WriteListItem(json, position, page.Title, page.CanonicalUrl);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteListItem(Utf8JsonWriter json, int position, string name, string url)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ListItem");
        json.WriteNumber("position", position);
        json.WriteString("name", name);
        json.WriteString("item", url);
        json.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter json, string property, SiteView site)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", site.Organization);
        json.WriteString("url", site.AbsoluteUrl(SiteRoutes.Home));
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, DateOnly? date)
    {
        if (date is { } d) json.WriteString("dateModified", IsoDate.Format(d));
        else json.WriteNull("dateModified");
    }
}
