using System.Text;
using System.Xml;
using Glossary.Content;
using Glossary.Text;
using Glossary.Linking;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// The Atom feed (<see cref="SiteRoutes.Feed"/>): entries and guides, newest change first, dates from front matter or
/// git, each with its summary (noted as shown, <see cref="ReadLog.Shown"/>).
/// </summary>
public static class AtomFeed
{
    public const int MaxItems = 50;

    public static string Write(Site site)
    {
        var baseUrl = site.Config.BaseUrl.ToString();
        var items = site.RecentlyModified().Take(MaxItems).ToList();
        var updated = items.Count > 0 ? items.Max(d => d.LastModified!.Value) : new DateOnly(1970, 1, 1);

        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(new StringWriter(sb), settings))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
            xml.WriteElementString("title", site.Config.Title);
            xml.WriteElementString("subtitle", site.Config.Description);
            Link(xml, SiteUrl.Absolute(baseUrl, SiteRoutes.Feed), "self");
            Link(xml, SiteUrl.Absolute(baseUrl, SiteRoutes.Home), null);
            xml.WriteElementString("id", SiteUrl.Absolute(baseUrl, SiteRoutes.Home));
            xml.WriteElementString("updated", Timestamp(updated));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Config.Organization);
            xml.WriteEndElement();
            foreach (var document in items)
            {
                ReadLog.Shown(document);
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", document.Title);
                Link(xml, SiteUrl.Absolute(baseUrl, document.Url), null);
                xml.WriteElementString("id", SiteUrl.Absolute(baseUrl, document.Url));
                xml.WriteElementString("updated", Timestamp(document.LastModified!.Value));
                xml.WriteElementString("summary", document.Meta.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sb + "\n";
    }

    private static void Link(XmlWriter xml, string href, string? rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("href", href);
        if (rel is not null) xml.WriteAttributeString("rel", rel);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => IsoDate.Format(date) + "T00:00:00Z";
}
