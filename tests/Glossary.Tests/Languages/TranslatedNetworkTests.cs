using System.Text;
using System.Text.Json;
using Glossary.Languages;
using Glossary.Network;
using Glossary.Tests.Support;

namespace Glossary.Tests.Languages;

/// <summary>
/// The semantic network of a translation, on the Spanish fixture: the Spanish medical-necessity entry links to its
/// Spanish twin of prior authorization (and lists it as related), to "external review" and "IOP", which have no Spanish
/// twin (their links lead to the English pages), and the Spanish guide links to it. Its graph holds the Spanish pages
/// only; its figure, /es/network/ and code table are in Spanish, under /es/.
/// </summary>
public sealed class TranslatedNetworkTests
{
    private static readonly Lazy<Pipeline.BuildResult> Spanish = new(() =>
    {
        var result = SpanishFixture.Create().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    private static ThemeStrings Texts => Spanish.Value.State!.Translations.Single().Site.Config.Strings;

    private static readonly string MedicalNecessity = NetworkView.Default("medical-necessity").Code;

    [Fact]
    public void A_Spanish_entry_shows_its_figure_in_Spanish_linking_to_Spanish_pages_only()
    {
        var page = Spanish.Value.Document("es/glossary/medical-necessity/index.html");
        Assert.Equal(Texts["network_connections"], page.QuerySelector("#page-network")!.TextContent);
        var svg = page.QuerySelector("#page-network ~ figure svg")!;
        Assert.Equal(Texts.Format("network_caption", "Necesidad médica", "2") + " " + Texts["network_explore"],
            page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        var drawn = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        var listed = page.QuerySelectorAll(".network-figure__text a").Select(a => a.GetAttribute("href")).ToHashSet();
        // External review and IOP are linked in the text, to the English pages: no Spanish page, so no node.
        Assert.Equal(["/es/glossary/prior-authorization/", "/es/guides/appeals/"], drawn.Order());
        Assert.Equal(drawn, listed);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/glossary/external-review/");
        Assert.Equal(["Autorización previa", "Cómo apelar"], svg.QuerySelectorAll("a title").Select(t => t.TextContent).Order());
        // The text alternative's headings are the kinds of connection, in Spanish.
        Assert.Equal([Texts["network_kind_related"], Texts["network_kind_link"]], page.QuerySelectorAll(".network-figure__text h3").Select(h => h.TextContent));
        Assert.Equal("/es/network/#" + MedicalNecessity, page.QuerySelector("figcaption a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_Spanish_explorer_lists_the_Spanish_pages_without_JavaScript_and_reads_its_own_files()
    {
        var result = Spanish.Value;
        var page = result.Document("es/network/index.html");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Texts["network_title"], page.QuerySelector("h1")!.TextContent);
        // Without JavaScript: the index links to the Spanish letters' pages, which list the Spanish pages, linked in Spanish.
        var letters = page.QuerySelectorAll(".network-all nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/es/network/a/", "/es/network/c/", "/es/network/n/"], letters);
        var pages = letters.Select(l => result.Document(l.TrimStart('/') + "index.html")).ToList();
        Assert.Equal(["Autorización previa", "Cómo apelar", "Necesidad médica"],
            pages.SelectMany(p => p.QuerySelectorAll(".network-all__item > a:first-child")).Select(a => a.TextContent));
        Assert.All(pages.SelectMany(p => p.QuerySelectorAll("main .network-all a")), a => Assert.StartsWith("/es/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("/es/glossary/medical-necessity/", pages[2].GetElementById(MedicalNecessity)!.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(pages, p => Assert.Equal("es", p.DocumentElement.GetAttribute("lang")));
        var explorer = page.GetElementById("explorer")!;
        Assert.Equal(("/es/network/data/", "/es/network/codes/"), (explorer.GetAttribute("data-network"), explorer.GetAttribute("data-codes")));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/assets/", s.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_explorers_of_both_languages_are_alternates_of_each_other()
    {
        var result = Spanish.Value;
        foreach (var path in new[] { "network/index.html", "es/network/index.html" })
        {
            var alternates = result.Document(path).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
            Assert.Equal([("en", "https://example.org/network/"), ("es", "https://example.org/es/network/"), ("x-default", "https://example.org/network/")], alternates);
        }
    }

    [Fact]
    public void Each_language_has_its_graph_and_code_table_and_its_search_box_opens_its_own_explorer()
    {
        var result = Spanish.Value;
        using var graph = JsonDocument.Parse(File(result, "es/network/data/nodes.json"));
        var nodes = graph.RootElement.GetProperty("nodes").EnumerateArray().Select(n => (n[0].GetString(), n[2].GetString())).ToList();
        Assert.Equal([("prior-authorization", "/es/glossary/prior-authorization/"), ("guides/appeals", "/es/guides/appeals/"),
            ("medical-necessity", "/es/glossary/medical-necessity/")], nodes);
        // The same view has the same code in both languages: each table answers it for its own explorer.
        var shard = NetworkData.ShardPath(NetworkData.ShardKey(MedicalNecessity));
        foreach (var table in new[] { shard, "es/" + shard })
        {
            using var codes = JsonDocument.Parse(File(result, table));
            Assert.Equal(NetworkView.Default("medical-necessity").Canonical, codes.RootElement.GetProperty(MedicalNecessity).GetString());
        }
        var search = result.Document("es/search/index.html").GetElementById("search")!;
        Assert.Equal(("/es/network/", "/es/network/codes/"), (search.GetAttribute("data-network"), search.GetAttribute("data-codes")));
    }

    [Fact]
    public void An_English_pages_figure_and_the_English_graph_are_the_same_with_or_without_the_translation()
    {
        var english = TestSite.Fixture().Build();
        Assert.True(english.Succeeded, string.Join("\n", english.Diagnostics));
        string Figure(Pipeline.BuildResult r) => r.Document("glossary/medical-necessity/index.html").QuerySelector(".network-figure")!.OuterHtml;
        Assert.Equal(Figure(english), Figure(Spanish.Value));
        Assert.Equal(NetworkFiles(english), NetworkFiles(Spanish.Value));
        Assert.DoesNotContain("/es/", Figure(Spanish.Value), StringComparison.Ordinal);
    }

    /// <summary>The default language's explorer data: its page list and edge shards, by path.</summary>
    private static List<(string Path, string Text)> NetworkFiles(Pipeline.BuildResult result) =>
        [.. result.Paths.Where(p => p.StartsWith("network/data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(p => (p, File(result, p)))];

    private static string File(Pipeline.BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
}
