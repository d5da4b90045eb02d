using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Glossary.Cli.Serving;
using Glossary.IO;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>
/// An independent check of the built site: serve output on 127.0.0.1 (at the root, or under /sub/ for a site built with
/// a base URL that has a path, with nothing served outside it), start at the home page, the 404 page, the sitemap and
/// the feed, follow every same-site href and src, meta refresh, sitemap and feed address, and the search index as
/// search.js fetches it (manifest, every word shard, every document chunk and the result addresses in it) and the
/// network explorer's data as network-explorer.js fetches it (the page list, every edge shard, the addresses in the
/// list), over HTTP as a reader's browser would, and require each to answer 200 and each #fragment to exist: an id, or
/// on the explorer's page a share code its code table holds. It shares no code with the build's own link checks.
/// </summary>
public sealed class CrawlerTests
{
    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.org/sub/")]
    public async Task The_built_site_has_no_broken_internal_links(string baseUrl)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var result = Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(InputReader.Read(RepoPaths.Input), new BuildOptions(BaseUrlOverride: baseUrl));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        OutputWriter.Write(RepoPaths.Input, output, result.Files);
        var basePath = new Uri(baseUrl).AbsolutePath.TrimEnd('/');
        await using var host = await StaticSiteHost.StartAsync(output, pathBase: basePath);
        var crawl = new Crawl(new HttpClient { BaseAddress = host.Address }, host.Address, baseUrl);
        foreach (var start in new[] { "/", "/404.html", "/sitemap.xml", "/feed.xml" }) crawl.Add(basePath + start, "start");

        await crawl.RunAsync(TestContext.Current.CancellationToken);

        Assert.Empty(crawl.Broken);
        Assert.True(crawl.Seen.Count > 25, $"the crawl reached only {crawl.Seen.Count} addresses");
        Assert.Contains(crawl.Seen, p => p.StartsWith(basePath + "/search/index/w-", StringComparison.Ordinal));
    }

    private sealed class Crawl(HttpClient http, Uri host, string baseUrl)
    {
        private readonly HtmlParser _parser = new();
        private readonly Dictionary<string, HashSet<string>> _idsByPage = [];
        private readonly List<(string From, string Page, string Id)> _fragmentsWanted = [];
        private readonly Queue<(string Path, string From)> _queue = new();
        private readonly Dictionary<string, string> _codesByExplorer = []; // each language's explorer page → its code table

        public HashSet<string> Seen { get; } = [];
        public List<string> Broken { get; } = [];

        /// <summary>Queues an address as written in the site: relative to <paramref name="from"/>, root-relative, or absolute at the base URL.</summary>
        public void Add(string address, string from)
        {
            var siteAddress = address.StartsWith(baseUrl, StringComparison.Ordinal) ? new Uri(host, new Uri(baseUrl).AbsolutePath + address[baseUrl.Length..]) : null;
            var target = siteAddress ?? new Uri(new Uri(host, from == "start" ? "/" : from), address);
            if (target.Host == new Uri(baseUrl).Host)
            {
                Broken.Add($"{address} (in {from}) is on the site's host but not under its base URL {baseUrl}");
                return;
            }
            if (target.Host != host.Host || target.Port != host.Port) return;
            if (target.Fragment.Length > 1) _fragmentsWanted.Add((from, target.AbsolutePath, Uri.UnescapeDataString(target.Fragment[1..])));
            if (Seen.Add(target.AbsolutePath)) _queue.Enqueue((target.AbsolutePath, from));
        }

        public async Task RunAsync(CancellationToken cancel)
        {
            while (_queue.TryDequeue(out var next))
            {
                var (path, from) = next;
                using var response = await http.GetAsync(path, cancel);
                if (!response.IsSuccessStatusCode)
                {
                    Broken.Add($"{path} (linked from {from}) answered {(int)response.StatusCode}");
                    continue;
                }
                var text = await response.Content.ReadAsStringAsync(cancel);
                switch (response.Content.Headers.ContentType?.MediaType)
                {
                    case "text/html": await Page(path, text, cancel); break;
                    case "text/xml" or "application/xml" or "application/atom+xml": Feed(path, text); break;
                }
            }
            foreach (var (from, page, id) in _fragmentsWanted)
                if (_codesByExplorer.TryGetValue(page, out var codes) && id.Length == 11)
                {
                    using var table = await Json($"{codes}c-{(int)id[0]:x2}.json", cancel);
                    if (table is null || !table.RootElement.TryGetProperty(id, out _)) Broken.Add($"{page}#{id} (linked from {from}): no view has this code");
                }
                else if (_idsByPage.TryGetValue(page, out var ids) && !ids.Contains(id))
                    Broken.Add($"{page}#{id} (linked from {from}): no such id");
        }

        private async Task Page(string path, string html, CancellationToken cancel)
        {
            var document = _parser.ParseDocument(html);
            _idsByPage[path] = [.. document.QuerySelectorAll("[id]").Select(e => e.Id!)];
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
                Add(element.GetAttribute("href") ?? element.GetAttribute("src")!, path);
            if (document.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content") is { } refresh)
                Add(refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..], path);
            if (document.QuerySelector("#search")?.GetAttribute("data-index") is { } index)
                await SearchIndex(new Uri(new Uri(host, path), index).AbsolutePath, path, cancel);
            if (document.QuerySelector("#explorer") is { } explorer)
            {
                _codesByExplorer[path] = new Uri(new Uri(host, path), explorer.GetAttribute("data-codes")!).AbsolutePath;
                await NetworkData(new Uri(new Uri(host, path), explorer.GetAttribute("data-network")!).AbsolutePath, path, cancel);
            }
        }

        /// <summary>What network-explorer.js fetches: the page list, then edge shards of perShard pages ("e-" + the shard's number).</summary>
        private async Task NetworkData(string folder, string from, CancellationToken cancel)
        {
            var nodesPath = folder + "nodes.json";
            Add(nodesPath, from);
            using var nodes = await Json(nodesPath, cancel);
            if (nodes is null) return;
            var pages = nodes.RootElement.GetProperty("nodes").EnumerateArray().ToList();
            foreach (var page in pages) Add(page[2].GetString()!, nodesPath);
            var perShard = nodes.RootElement.GetProperty("perShard").GetInt32();
            for (var shard = 0; shard * perShard < pages.Count; shard++) Add($"{folder}e-{shard}.json", nodesPath);
        }

        private void Feed(string path, string xml)
        {
            foreach (var element in XDocument.Parse(xml).Descendants())
                if (element.Name.LocalName == "loc") Add(element.Value, path);
                else if (element.Name.LocalName == "link" && element.Attribute("href") is { } href) Add(href.Value, path);
        }

        /// <summary>What search.js fetches: the manifest, a shard per query word ("w-" + its first two letters), the chunks of the results shown.</summary>
        private async Task SearchIndex(string index, string from, CancellationToken cancel)
        {
            var manifestPath = index + "manifest.json";
            Add(manifestPath, from);
            using var manifest = await Json(manifestPath, cancel);
            if (manifest is null) return; // reported as broken when the queue reaches it
            foreach (var shard in manifest.RootElement.GetProperty("shards").EnumerateArray())
                Add($"{index}w-{shard.GetString()}.json", manifestPath);
            var chunkSize = manifest.RootElement.GetProperty("chunk").GetInt32();
            for (var chunk = 0; chunk * chunkSize < manifest.RootElement.GetProperty("documents").GetInt32(); chunk++)
            {
                var chunkPath = $"{index}d-{chunk}.json";
                Add(chunkPath, manifestPath);
                using var documents = await Json(chunkPath, cancel);
                if (documents is null) continue;
                foreach (var document in documents.RootElement.EnumerateArray()) Add(document[1].GetString()!, chunkPath);
            }
        }

        private async Task<JsonDocument?> Json(string path, CancellationToken cancel)
        {
            using var response = await http.GetAsync(path, cancel);
            return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel)) : null;
        }
    }
}
