using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Glossary.Tests.Support;

namespace Glossary.Tests.Languages;

/// <summary>Every twin pair is connected: alternate links both ways with x-default, a language switch, the sitemap, feeds, JSON-LD.</summary>
public sealed class TwinLinkTests
{
    private static readonly Lazy<Pipeline.BuildResult> Spanish = new(() => SpanishFixture.Create().Build());

    private static IDocument Page(string path)
    {
        Assert.True(Spanish.Value.Succeeded, string.Join("\n", Spanish.Value.Diagnostics));
        return Spanish.Value.Document(path);
    }

    private static string[] Alternates(IDocument page) =>
        [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href"))];

    [Theory]
    [InlineData("glossary/medical-necessity/index.html", "/glossary/medical-necessity/")]
    [InlineData("es/glossary/medical-necessity/index.html", "/glossary/medical-necessity/")]
    [InlineData("guides/appeals/index.html", "/guides/appeals/")]
    [InlineData("es/index.html", "/")]
    [InlineData("search/index.html", "/search/")]
    public void Each_twin_names_both_versions_and_the_English_one_as_x_default(string file, string path)
    {
        Assert.Equal(
            [$"en https://example.org{path}", $"es https://example.org/es{path}", $"x-default https://example.org{path}"],
            Alternates(Page(file)));
    }

    [Fact]
    public void A_page_with_no_twin_has_no_alternates_and_no_language_switch()
    {
        var page = Page("glossary/external-review/index.html");
        Assert.Empty(Alternates(page));
        Assert.Null(page.QuerySelector(".language-switch"));
    }

    [Theory]
    [InlineData("glossary/medical-necessity/index.html", "/es/glossary/medical-necessity/", "es", "Español", "Language")]
    [InlineData("es/glossary/medical-necessity/index.html", "/glossary/medical-necessity/", "en", "English", "Idioma")]
    [InlineData("es/about/index.html", "/about/", "en", "English", "Idioma")]
    public void The_language_switch_is_a_plain_link_to_the_twin_named_in_its_own_language(string file, string href, string code, string name, string label)
    {
        var nav = Page(file).QuerySelector("nav.language-switch")!;
        Assert.Equal(label, nav.GetAttribute("aria-label"));
        var link = Assert.Single(nav.QuerySelectorAll("a"));
        Assert.Equal((href, code, code, name), (link.GetAttribute("href"), link.GetAttribute("hreflang"), link.GetAttribute("lang"), link.TextContent));
    }

    [Fact]
    public void The_sitemap_lists_every_language_with_its_alternates()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(Spanish.Value.Files.Single(f => f.Path == "sitemap.xml").Content));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        string[] AlternatesOf(string loc) =>
        [
            .. xml.Root!.Elements(sm + "url").Single(u => u.Element(sm + "loc")!.Value == loc)
                .Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value + " " + l.Attribute("href")!.Value),
        ];
        string[] expected = ["en https://example.org/glossary/medical-necessity/", "es https://example.org/es/glossary/medical-necessity/", "x-default https://example.org/glossary/medical-necessity/"];
        Assert.Equal(expected, AlternatesOf("https://example.org/glossary/medical-necessity/"));
        Assert.Equal(expected, AlternatesOf("https://example.org/es/glossary/medical-necessity/"));
        Assert.Empty(AlternatesOf("https://example.org/glossary/external-review/"));
    }

    [Fact]
    public void The_Spanish_feed_is_in_Spanish_and_lists_Spanish_pages_only()
    {
        var feed = XDocument.Parse(Encoding.UTF8.GetString(Spanish.Value.Files.Single(f => f.Path == "es/feed.xml").Content));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("es", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Glosario de Prueba", feed.Root.Element(atom + "title")!.Value);
        var links = feed.Root.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Contains("https://example.org/es/guides/appeals/", links);
        Assert.All(links, l => Assert.StartsWith("https://example.org/es/", l, StringComparison.Ordinal));
        Assert.Equal("/es/feed.xml", Page("es/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("es/glossary/medical-necessity/index.html", "es")]
    [InlineData("glossary/medical-necessity/index.html", "en")]
    [InlineData("es/guides/appeals/index.html", "es")]
    public void JSON_LD_gives_the_page_s_language(string file, string language)
    {
        using var json = JsonDocument.Parse(Page(file).QuerySelector("script[type='application/ld+json']")!.TextContent);
        var main = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal(language, main.GetProperty("inLanguage").GetString());
    }
}
