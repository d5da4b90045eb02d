using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using Glossary.Diagnostics;
using Glossary.Languages;
using Glossary.Tests.Support;

namespace Glossary.Tests.Languages;

/// <summary>Twins under input/es/ are published under /es/, in Spanish, with the theme's texts from site.yml.</summary>
public sealed class TranslationTests
{
    private static readonly Lazy<Pipeline.BuildResult> Spanish = new(() => SpanishFixture.Create().Build());

    [Fact]
    public void A_twin_is_found_at_the_same_path_under_es_and_published_under_es_in_Spanish()
    {
        var result = Spanish.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var spanish = result.Document("es/glossary/medical-necessity/index.html");
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Necesidad médica", spanish.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://example.org/es/glossary/medical-necessity/", spanish.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("en", result.Document("glossary/medical-necessity/index.html").DocumentElement.GetAttribute("lang"));
        foreach (var page in new[] { "es/index.html", "es/glossary/index.html", "es/guides/appeals/index.html", "es/about/index.html", "es/search/index.html",
                     "es/categories/insurance/index.html", "es/404.html", "es/thanks/index.html", "es/feed.xml", "es/search/index/manifest.json" })
            Assert.Contains(result.Files, f => f.Path == page);
        // One set of theme assets, at the root, for every language.
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("es/assets/", StringComparison.Ordinal));
        Assert.StartsWith("/assets/", spanish.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_English_theme_text_is_left_on_any_Spanish_page()
    {
        var result = Spanish.Value;
        var spanishPages = result.Files.Where(f => f.Path.StartsWith("es/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(spanishPages.Count >= 12, string.Join(", ", spanishPages.Select(p => p.Path)));
        foreach (var page in spanishPages)
            Assert.True(EnglishThemeTexts(result.Document(page.Path)) is [], $"{page.Path}: {string.Join(" | ", EnglishThemeTexts(result.Document(page.Path)))}");
        // The same walk finds the English texts on the English pages, so it would find them on a Spanish one.
        Assert.Contains("Related terms", EnglishThemeTexts(result.Document("glossary/medical-necessity/index.html")));
        Assert.Contains("Skip to main content", EnglishThemeTexts(result.Document("search/index.html")));
    }

    [Fact]
    public void The_Spanish_site_builds_no_explain_page_and_links_to_the_English_one_marked_as_English()
    {
        // The explain tool's data (terms, denial words, deadline pattern) is English; its page's texts are theme texts.
        var result = Spanish.Value;
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("es/explain", StringComparison.Ordinal));
        var link = result.Document("es/index.html").QuerySelector(".page-header a[href='/explain/']")!;
        Assert.Equal(("en", "Péguela para ver sus palabras explicadas (en inglés)"), (link.GetAttribute("hreflang"), link.TextContent));
        Assert.Null(result.Document("index.html").QuerySelector(".page-header a[href='/explain/']")!.GetAttribute("hreflang"));
        Assert.Contains("Your letter, explained", EnglishThemeTexts(result.Document("explain/index.html")));
    }

    [Fact]
    public void Spanish_pages_show_Spanish_dates_category_names_and_navigation_to_the_Spanish_twin()
    {
        var page = Spanish.Value.Document("es/glossary/medical-necessity/index.html");
        Assert.Contains("15 de enero de 2026", page.QuerySelector(".page-dates")!.TextContent, StringComparison.Ordinal);
        var category = page.QuerySelector(".page-categories a")!;
        Assert.Equal(("Seguros", "/es/categories/insurance/"), (category.TextContent, category.GetAttribute("href")));
        Assert.Equal("Categorías: Seguros", page.QuerySelector(".page-categories")!.TextContent);
        var about = page.QuerySelector(".site-nav a")!;
        Assert.Equal(("Acerca de", "/es/about/"), (about.TextContent, about.GetAttribute("href")));
    }

    [Fact]
    public void A_navigation_link_to_a_page_with_no_twin_leads_to_the_English_page()
    {
        var site = SpanishFixture.Create();
        site.With("es/pages/about.md", "---\ntitle: Acerca de\nsummary: Sobre el sitio.\ndraft: true\n---\n\nBorrador.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("/about/", result.Document("es/index.html").QuerySelector(".site-nav a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_language_that_leaves_theme_texts_untranslated_is_an_error_in_site_yml_naming_them()
    {
        var site = SpanishFixture.Create();
        site.SiteYaml = SpanishFixture.SiteYaml.Replace("      related_terms: \"Términos relacionados\"\n", "", StringComparison.Ordinal)
            .Replace("      back_to_top: \"Volver arriba\"\n", "", StringComparison.Ordinal);
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
        Assert.Equal("input/site.yml", error.File);
        Assert.Equal(FixtureText.LineOf(site.SiteYaml!, "      skip_link:"), error.Line);
        Assert.Contains("back_to_top, related_terms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_source_hash_is_an_error_at_its_line()
    {
        var site = SpanishFixture.Create();
        var text = SpanishFixture.Entry("Necesidad médica", "source_hash: 12345", "Texto.");
        site.With("es/glossary/medical-necessity.md", text);
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.Equal(("input/es/glossary/medical-necessity.md", FixtureText.LineOf(text, "source_hash")), (error.File, error.Line));
    }

    [Theory]
    [InlineData("line one\nline two\n")]
    [InlineData("line one\nline two")]
    [InlineData("")]
    public void The_source_hash_is_sha256_of_the_text_with_LF_line_ends_and_the_same_for_CRLF(string text)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        Assert.Equal(expected, SourceHash.Of(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, SourceHash.Of(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    /// <summary>
    /// The theme's English texts (those the translation changes) found on a page: as the whole text of an element or
    /// an attribute a reader or screen reader meets, or, for longer texts, anywhere in the page's text.
    /// </summary>
    private static List<string> EnglishThemeTexts(IDocument page)
    {
        var spanish = ThemeStrings.Of(SpanishTexts());
        var english = ThemeStrings.Keys.Where(k => ThemeStrings.English[k] != spanish[k] && k is not ("months" or "date_format"))
            .SelectMany(k => ThemeStrings.English[k].Split(['{', '}']).Where((_, i) => i % 2 == 0)).Select(t => t.Trim(' ', ',', '.', ':'))
            .Where(t => t.Length > 1).Distinct().ToList();
        var texts = page.All.SelectMany(e => e.ChildNodes.OfType<IText>().Select(t => t.Data.Trim())
                .Concat(e.Attributes.Where(a => a.Name is "aria-label" or "placeholder" or "title" || a.Name.StartsWith("data-text-", StringComparison.Ordinal)).Select(a => a.Value)))
            .Select(t => t.Trim(' ', ',', '.', ':')).ToHashSet(StringComparer.Ordinal);
        var all = page.Body!.TextContent;
        return [.. english.Where(t => texts.Contains(t) || (t.Length >= 12 && all.Contains(t, StringComparison.Ordinal)))];
    }

    private static Dictionary<string, string> SpanishTexts()
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader("x:\n" + SpanishFixture.RealStrings));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var strings = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)root.Children.Single().Value).Children.Single().Value;
        return strings.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString(), StringComparer.Ordinal);
    }
}
