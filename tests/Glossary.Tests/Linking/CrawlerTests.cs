using AngleSharp.Html.Parser;
using Glossary.Cli.Serving;
using Glossary.IO;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>
/// An independent check of the built site: serve output on 127.0.0.1, start at the home page and the 404 page,
/// follow every same-site href and src over HTTP (as a reader's browser would), and require each to answer 200
/// and each #fragment to exist. It shares no code with the build's own link checks.
/// </summary>
public sealed class CrawlerTests
{
    [Fact]
    public async Task The_built_site_has_no_broken_internal_links()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var result = Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(InputReader.Read(RepoPaths.Input), new());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        OutputWriter.Write(RepoPaths.Input, output, result.Files);
        await using var host = await StaticSiteHost.StartAsync(output);
        using var http = new HttpClient { BaseAddress = host.Address };

        var parser = new HtmlParser();
        var idsByPage = new Dictionary<string, HashSet<string>>();
        var fragmentsWanted = new List<(string From, string Page, string Id)>();
        var broken = new List<string>();
        var queue = new Queue<(string Path, string From)>([("/", "start"), ("/404.html", "start")]);
        var seen = new HashSet<string> { "/", "/404.html" };
        while (queue.Count > 0)
        {
            var (path, from) = queue.Dequeue();
            using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{path} (linked from {from}) answered {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            idsByPage[path] = [.. document.QuerySelectorAll("[id]").Select(e => e.Id!)];
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var raw = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var target = new Uri(new Uri(host.Address, path), raw);
                if (target.Host != host.Address.Host || target.Port != host.Address.Port) continue;
                var targetPath = target.AbsolutePath;
                if (target.Fragment.Length > 1) fragmentsWanted.Add((path, targetPath, Uri.UnescapeDataString(target.Fragment[1..])));
                if (seen.Add(targetPath)) queue.Enqueue((targetPath, path));
            }
        }
        foreach (var (from, page, id) in fragmentsWanted)
            if (idsByPage.TryGetValue(page, out var ids) && !ids.Contains(id))
                broken.Add($"{page}#{id} (linked from {from}): no such id");

        Assert.Empty(broken);
        Assert.True(seen.Count > 25, $"the crawl reached only {seen.Count} addresses");
    }
}
