using System.Text.Json;
using System.Xml.Linq;
using Glossary.Output;
using Glossary.Tests.Support;

namespace Glossary.Tests.Seo;

public sealed class SeoTests
{
    private static JsonElement Graph(string path)
    {
        var script = FixtureBuild.Result.Document(path).QuerySelector("script[type='application/ld+json']")!;
        var root = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        return root.GetProperty("@graph");
    }

    private static JsonElement OfType(JsonElement graph, string type) =>
        graph.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == type);

    [Fact]
    public void Entry_is_a_defined_term_in_the_glossary_set()
    {
        var term = OfType(Graph("glossary/medical-necessity/index.html"), "DefinedTerm");
        Assert.Equal("Medical Necessity", term.GetProperty("name").GetString());
        Assert.Equal("A short summary of Medical Necessity.", term.GetProperty("description").GetString());
        Assert.Equal("https://example.org/glossary/medical-necessity/", term.GetProperty("url").GetString());
        Assert.Equal("medically necessary", term.GetProperty("alternateName")[0].GetString());
        var set = term.GetProperty("inDefinedTermSet");
        Assert.Equal("DefinedTermSet", set.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/glossary/", set.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("Fees </script><script>alert(1)</script>")]
    [InlineData("Fees </SCRIPT >")]
    [InlineData("Fees <!-- <script> notes")]
    public void A_title_holding_markup_stays_inside_its_json_ld_and_round_trips(string title)
    {
        var yamlTitle = "\"" + title + "\"";
        var result = new TestSite()
            .With("glossary/fees.md", TestSite.Entry("Fees", extraFrontMatter: $"aliases: [\"{title} too\"]").Replace("title: Fees", "title: " + yamlTitle, StringComparison.Ordinal))
            .With("guides/fees.md", $"---\ntitle: {yamlTitle}\nsummary: {yamlTitle}\n---\n\nText.\n")
            .Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var (path, type, nameKey) in new[] { ("glossary/fees/index.html", "DefinedTerm", "name"), ("guides/fees/index.html", "Article", "headline") })
        {
            var page = result.Document(path);
            // The title never becomes markup: the only scripts are the JSON-LD block and the theme's own files.
            Assert.DoesNotContain(page.Scripts, s => s.Type != "application/ld+json" && string.IsNullOrEmpty(s.Source));
            var block = Assert.Single(page.Scripts, s => s.Type == "application/ld+json");
            var graph = JsonDocument.Parse(block.Text).RootElement.GetProperty("@graph");
            var main = graph.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == type);
            Assert.Equal(title, main.GetProperty(nameKey).GetString());
            if (type == "DefinedTerm") Assert.Equal(title + " too", main.GetProperty("alternateName")[0].GetString());
            Assert.Equal(title, graph.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "BreadcrumbList")
                .GetProperty("itemListElement").EnumerateArray().Last().GetProperty("name").GetString());
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public void A_to_z_is_the_defined_term_set_listing_every_term()
    {
        var set = OfType(Graph("glossary/index.html"), "DefinedTermSet");
        var names = set.GetProperty("hasDefinedTerm").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["External Review", "Intensive Outpatient Program", "Medical Necessity", "Prior Authorization"], names);
    }

    [Fact]
    public void Guides_are_articles_with_date_modified_and_reports_are_reports()
    {
        var article = OfType(Graph("guides/appeals/index.html"), "Article");
        Assert.Equal("2026-04-01", article.GetProperty("dateModified").GetString());
        Assert.Equal("How to appeal", article.GetProperty("headline").GetString());
        OfType(Graph("guides/report/index.html"), "Report");
    }

    [Theory]
    [InlineData("index.html", new[] { "Test Glossary" })]
    [InlineData("glossary/medical-necessity/index.html", new[] { "Home", "Glossary", "Medical Necessity" })]
    [InlineData("guides/appeals/index.html", new[] { "Home", "Guides", "How to appeal" })]
    [InlineData("categories/insurance/index.html", new[] { "Home", "Categories", "Insurance" })]
    public void Every_page_has_a_breadcrumb_list(string path, string[] names)
    {
        var list = OfType(Graph(path), "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(names, list.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(1, names.Length), list.Select(i => i.GetProperty("position").GetInt32()));
        Assert.All(list, i => Assert.StartsWith("https://example.org/", i.GetProperty("item").GetString()));
    }

    [Fact]
    public void Titles_descriptions_and_canonicals_are_unique_and_absolute()
    {
        var pages = FixtureBuild.Result.Files.Where(f => f.Path.EndsWith(".html")).Select(f => (f.Path, Doc: FixtureBuild.Result.Document(f.Path))).ToList();
        Assert.Equal(pages.Count, pages.Select(p => p.Doc.Title).Distinct().Count());
        foreach (var (path, doc) in pages)
        {
            var canonical = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.StartsWith("https://example.org/", canonical);
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.Equal(doc.Title!.Split(" · ")[0], doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
            Assert.Equal(canonical, doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.Equal("summary", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        }
        Assert.Equal("https://example.org/glossary/medical-necessity/",
            FixtureBuild.Result.Document("glossary/medical-necessity/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Sitemap_lists_public_pages_with_lastmod_and_robots_points_to_it()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(FixtureBuild.Result.Page("sitemap.xml")).Root!.Elements(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2026-02-01", urls["https://example.org/glossary/prior-authorization/"]);
        Assert.Contains("https://example.org/glossary/", urls.Keys);
        Assert.DoesNotContain("https://example.org/404.html", urls.Keys);
        Assert.DoesNotContain("https://example.org/thanks/", urls.Keys);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", FixtureBuild.Result.Page("robots.txt"));
    }

    [Fact]
    public void Atom_feed_lists_entries_and_guides_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(FixtureBuild.Result.Page("feed.xml")).Root!;
        Assert.Equal("2026-04-01T00:00:00Z", feed.Element(atom + "updated")!.Value);
        var entries = feed.Elements(atom + "entry").Select(e => (e.Element(atom + "title")!.Value, e.Element(atom + "updated")!.Value)).ToList();
        Assert.Equal([("How to appeal", "2026-04-01T00:00:00Z"), ("External Review", "2026-03-01T00:00:00Z"),
            ("Prior Authorization", "2026-02-01T00:00:00Z"), ("Medical Necessity", "2026-01-15T00:00:00Z")], entries);
        Assert.Equal("/feed.xml", FixtureBuild.Result.Document("index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Headers_file_has_a_strict_policy_and_caching()
    {
        var rules = SiteHeaders.Parse(FixtureBuild.Result.Page("_headers"));
        var all = rules.Single(r => r.Pattern == "/*").Headers.ToDictionary(h => h.Name, h => h.Value);
        Assert.Contains("default-src 'self'", all["Content-Security-Policy"]);
        Assert.Contains("form-action 'self'", all["Content-Security-Policy"]);
        Assert.DoesNotContain("unsafe-inline", all["Content-Security-Policy"]);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Contains("max-age=31536000", all["Strict-Transport-Security"]);
        Assert.True(all.ContainsKey("Referrer-Policy") && all.ContainsKey("Permissions-Policy"));
        Assert.Contains("immutable", rules.Single(r => r.Pattern == "/assets/*").Headers.Single().Value);
    }

    [Fact]
    public void Netlify_toml_sends_the_same_headers_as_the_headers_file()
    {
        var toml = File.ReadAllLines(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var fromToml = new List<(string Pattern, string Name, string Value)>();
        string? pattern = null;
        foreach (var line in toml.Select(l => l.Trim()))
        {
            if (line.StartsWith("for = ")) pattern = line["for = ".Length..].Trim('"');
            else if (line.StartsWith('[') && !line.StartsWith("[headers.values]")) pattern = line == "[[headers]]" ? pattern : null;
            else if (pattern is not null && line.Contains(" = \""))
            {
                var eq = line.IndexOf(" = ", StringComparison.Ordinal);
                fromToml.Add((pattern, line[..eq], line[(eq + 3)..].Trim('"')));
            }
        }
        var fromFile = SiteHeaders.Rules.SelectMany(r => r.Headers.Select(h => (r.Pattern, h.Name, h.Value))).ToList();
        Assert.Equal(fromFile, fromToml);
    }

    [Fact]
    public void Feedback_form_posts_to_the_thank_you_page_for_netlify_forms()
    {
        var form = FixtureBuild.Result.Document("glossary/iop/index.html").QuerySelector("form[name=feedback]")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/thanks/", form.GetAttribute("action"));
        Assert.Equal("true", form.GetAttribute("data-netlify"));
        Assert.Equal("bot-field", form.GetAttribute("data-netlify-honeypot"));
        Assert.NotNull(form.QuerySelector("input[name=bot-field]"));
        Assert.Equal("feedback", form.QuerySelector("input[name=form-name]")!.GetAttribute("value"));
        Assert.Equal("/glossary/iop/", form.QuerySelector("input[name=page]")!.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio][name=helpful]").Length);
        Assert.Equal("Thank you", FixtureBuild.Result.Document("thanks/index.html").QuerySelector("h1")!.TextContent);
    }
}
