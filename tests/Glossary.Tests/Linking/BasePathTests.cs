using System.Text.Json;
using System.Xml.Linq;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>
/// A site built with a base URL that has a path (--base-url https://example.org/sub/, as for a site published in a
/// folder of another): every address it writes, in every page and every generated file, carries the /sub/ prefix
/// and leads to a file of the build. The fixture has every page type, plus an image and redirects.
/// </summary>
public sealed class BasePathTests
{
    private const string BaseUrl = "https://example.org/sub/";
    private const string BasePath = "/sub";

    private static readonly Lazy<BuildResult> Site = new(() =>
    {
        var result = TestSite.Fixture()
            .WithEntry("prior-authorization", "Prior Authorization", "\nRead [medical necessity](medical-necessity.md).\n",
                "aliases: [preauthorization, PA]\nupdated: 2026-02-01\nredirect_from: [preauth, /old/pa/]")
            .WithEntry("iop", "Intensive Outpatient Program", "\n![A chart of weekly hours](chart.png)\n\nSee [[External Review#deadlines]].\n", "aliases: [IOP]")
            .With("glossary/chart.png", [0x89, 0x50, 0x4E, 0x47])
            .Build(new BuildOptions(BaseUrlOverride: BaseUrl));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    /// <summary>Problems with one address: it must carry the prefix and name a file of the build.</summary>
    private static IEnumerable<string> Check(string address, string where)
    {
        if (address.StartsWith('#') || address.StartsWith("//", StringComparison.Ordinal)) yield break;
        var path = address;
        if (Uri.TryCreate(address, UriKind.Absolute, out var absolute))
        {
            if (absolute.Host != "example.org") yield break; // another site (a cited source)
            if (!address.StartsWith(BaseUrl, StringComparison.Ordinal))
            {
                yield return $"{where}: '{address}' is not under {BaseUrl}";
                yield break;
            }
            path = absolute.AbsolutePath;
        }
        if (!path.StartsWith(BasePath + "/", StringComparison.Ordinal))
        {
            yield return $"{where}: '{address}' does not start with {BasePath}/";
            yield break;
        }
        var file = path[(BasePath.Length + 1)..].Split('#', '?')[0];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!Site.Value.Paths.Contains(file)) yield return $"{where}: '{address}' names no file of the build ({file})";
    }

    [Fact]
    public void Every_address_in_every_page_carries_the_prefix()
    {
        var problems = new List<string>();
        var pages = Site.Value.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        foreach (var path in pages)
        {
            var page = Site.Value.Document(path);
            foreach (var element in page.QuerySelectorAll("[href], [src], [action], [data-index], [poster]"))
                foreach (var attribute in new[] { "href", "src", "action", "data-index", "poster" })
                    if (element.GetAttribute(attribute) is { } value)
                        problems.AddRange(Check(value, $"{path} <{element.LocalName} {attribute}>"));
            if (page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content") is { } refresh)
                problems.AddRange(Check(refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..], $"{path} meta refresh"));
            foreach (var meta in page.QuerySelectorAll("meta[property='og:url']"))
                problems.AddRange(Check(meta.GetAttribute("content")!, $"{path} og:url"));
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
                problems.AddRange(JsonStrings(JsonDocument.Parse(script.TextContent).RootElement)
                    .Where(s => s.StartsWith("https://example.org", StringComparison.Ordinal)).SelectMany(s => Check(s, $"{path} JSON-LD")));
        }
        Assert.Empty(problems);
        Assert.Contains("glossary/preauth/index.html", pages); // the redirect pages were checked too
    }

    [Fact]
    public void Redirects_sitemap_feed_and_robots_carry_the_prefix()
    {
        var rules = Site.Value.Page("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(["/sub/glossary/preauth/ /sub/glossary/prior-authorization/ 301", "/sub/old/pa/ /sub/glossary/prior-authorization/ 301"], rules);
        var problems = rules.SelectMany(r => r.Split(' ')[..2]).SelectMany(a => Check(a, "_redirects")).ToList();

        var sitemap = XDocument.Parse(Site.Value.Page("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(BaseUrl + "glossary/iop/", sitemap);
        problems.AddRange(sitemap.SelectMany(loc => Check(loc, "sitemap.xml")));

        var feed = XDocument.Parse(Site.Value.Page("feed.xml")).Descendants().ToList();
        var feedAddresses = feed.Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")!.Value)
            .Concat(feed.Where(e => e.Name.LocalName == "id").Select(e => e.Value)).ToList();
        Assert.Contains(BaseUrl + "feed.xml", feedAddresses);
        problems.AddRange(feedAddresses.SelectMany(a => Check(a, "feed.xml")));

        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml\n", Site.Value.Page("robots.txt"));
        Assert.Empty(problems);
    }

    [Fact]
    public void The_search_index_is_fetched_and_links_under_the_prefix()
    {
        var index = Site.Value.Document("search/index.html").QuerySelector("#search")!.GetAttribute("data-index")!;
        Assert.Equal("/sub/search/index/", index);
        // What search.js fetches: the manifest, "w-" + a word's first two letters, "d-" + a document chunk's number.
        var manifest = JsonDocument.Parse(Site.Value.Page("search/index/manifest.json")).RootElement;
        var fetched = manifest.GetProperty("shards").EnumerateArray().Select(s => $"{index}w-{s.GetString()}.json")
            .Append(index + "manifest.json").Append(index + "d-0.json").ToList();
        var problems = fetched.SelectMany(a => Check(a, "search.js")).ToList();
        var results = JsonDocument.Parse(Site.Value.Page("search/index/d-0.json")).RootElement.EnumerateArray().Select(d => d[1].GetString()!).ToList();
        Assert.Contains("/sub/glossary/iop/", results);
        problems.AddRange(results.SelectMany(a => Check(a, "search/index/d-0.json")));
        Assert.Empty(problems);
    }

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value)),
        _ => [],
    };
}
