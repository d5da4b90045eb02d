using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Glossary.Cli.Serving;
using Microsoft.Playwright;

namespace Glossary.Bench;

/// <summary>
/// Compares our search with Pagefind (npm package, installed in bench/pagefind, never a build dependency) on the same
/// built site: index size on disk, bytes a browser fetches for a query from a cold cache, and query time, measured in
/// Debian's Chromium through Playwright.
/// </summary>
public static class SearchComparison
{
    private static readonly string[] Queries = ["appeal", "iop", "medcal necesity"];

    public static async Task<int> RunAsync(string output, string pagefindBin)
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium)) { Console.Error.WriteLine("needs Debian's chromium (apt-get install -y chromium)"); return 2; }
        if (!File.Exists(pagefindBin)) { Console.Error.WriteLine($"needs {pagefindBin}: run 'npm ci' in bench/pagefind"); return 2; }

        var pagefindFolder = Path.Combine(output, "pagefind");
        if (Directory.Exists(pagefindFolder)) Directory.Delete(pagefindFolder, recursive: true);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var info = new System.Diagnostics.ProcessStartInfo(pagefindBin) { RedirectStandardOutput = true };
        info.ArgumentList.Add("--site");
        info.ArgumentList.Add(output);
        using (var process = System.Diagnostics.Process.Start(info)!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) return 1;
        }
        Console.WriteLine($"pagefind indexing: {started.Elapsed.TotalSeconds:F1} s");
        File.WriteAllText(Path.Combine(output, "pagefind-bench.html"), PagefindPage);

        var ours = Path.Combine(output, "search", "index");
        Console.WriteLine($"index on disk: ours {Megabytes(ours)} MB in {Directory.GetFiles(ours).Length} files ({GzipMegabytes(ours)} MB gzipped); " +
                          $"pagefind {Megabytes(pagefindFolder)} MB in {Directory.GetFiles(pagefindFolder, "*", SearchOption.AllDirectories).Length} files");

        await using var site = await StaticSiteHost.StartAsync(output);
        await using var plain = await StaticSiteHost.StartAsync(output, applyHeaders: false, serveUnknownFileTypes: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        Console.WriteLine($"{"query",-18} {"ours bytes",11} {"ours gzip",10} {"ours ms",8} {"rank ms",8} {"first result",-30} | {"pagefind bytes",15} {"pf ms",7} {"first result",-30}");
        foreach (var query in Queries)
        {
            var us = await MeasureOurs(browser, site.Address, query);
            var pf = await MeasurePagefind(browser, plain.Address, query);
            Console.WriteLine($"{query,-18} {us.Bytes,11} {us.GzipBytes,10} {us.Ms,8:F1} {us.RankMs,8:F1} {Trim(us.First),-30} | {pf.Bytes,15} {pf.Ms,7:F1} {Trim(pf.First),-30}");
        }
        return 0;
    }

    private sealed record Measurement(long Bytes, long GzipBytes, double Ms, double RankMs, string First);

    private static async Task<Measurement> MeasureOurs(IBrowser browser, Uri site, string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site, "/search/").ToString());
        var responses = new List<IResponse>();
        page.Response += (_, r) => { if (r.Url.Contains("/search/index/", StringComparison.Ordinal)) responses.Add(r); };
        await page.Locator("#search-input").FillAsync(query);
        await page.Locator("#search-status").GetByText("for \u201c" + query).WaitForAsync(new LocatorWaitForOptions { Timeout = 30000 });
        long bytes = 0, gzip = 0;
        foreach (var response in responses)
        {
            var body = await response.BodyAsync();
            bytes += body.Length;
            gzip += Gzip(body);
        }
        // Per-keystroke cost once the shards are cached: type the query again, one key at a time.
        await page.Locator("#search-input").FillAsync("");
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await page.Locator("#search-status").GetByText("for \u201c" + query).WaitForAsync(new LocatorWaitForOptions { Timeout = 30000 });
        var ms = double.Parse(await page.Locator("#search").GetAttributeAsync("data-search-ms") ?? "0", CultureInfo.InvariantCulture);
        var rank = double.Parse(await page.Locator("#search").GetAttributeAsync("data-rank-ms") ?? "0", CultureInfo.InvariantCulture);
        var first = await page.Locator("#search-results .search__title").First.TextContentAsync(new LocatorTextContentOptions { Timeout = 2000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result ?? "" : "(none)");
        return new Measurement(bytes, gzip, ms, rank, first);
    }

    private static async Task<Measurement> MeasurePagefind(IBrowser browser, Uri site, string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, r) => { if (r.Url.Contains("/pagefind/", StringComparison.Ordinal)) responses.Add(r); };
        await page.GotoAsync(new Uri(site, "/pagefind-bench.html").ToString());
        await page.WaitForFunctionAsync("() => typeof window.runQuery === 'function'");
        var result = await page.EvaluateAsync<JsonElement>("q => window.runQuery(q)", query);
        long bytes = 0;
        foreach (var response in responses) bytes += (await response.BodyAsync()).Length;
        var again = await page.EvaluateAsync<JsonElement>("q => window.runQuery(q)", query);
        var titles = result.GetProperty("titles");
        return new Measurement(bytes, bytes, again.GetProperty("ms").GetDouble(), 0, titles.GetArrayLength() > 0 ? titles[0].GetString() ?? "" : "(none)");
    }

    private static string Trim(string text) => text.Length > 30 ? text[..29] + "…" : text;

    private static string Megabytes(string folder) =>
        (Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0).ToString("F2", CultureInfo.InvariantCulture);

    private static string GzipMegabytes(string folder) =>
        (Directory.GetFiles(folder).Sum(f => Gzip(File.ReadAllBytes(f))) / 1048576.0).ToString("F2", CultureInfo.InvariantCulture);

    private static long Gzip(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return memory.Length;
    }

    private const string PagefindPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark</title></head><body>
        <script type="module">
        const pagefind = await import("/pagefind/pagefind.js");
        await pagefind.init();
        window.runQuery = async (q) => {
          const t = performance.now();
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
          return { ms: performance.now() - t, count: search.results.length, titles: data.map(d => d.meta.title) };
        };
        </script></body></html>
        """;
}
