using Glossary.Cli.Serving;
using Glossary.IO;
using Glossary.Tests.Support;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>
/// Shared by browser tests: builds the real site from input/ into a temp folder, serves it on 127.0.0.1,
/// and launches Debian's Chromium through Playwright (never a downloaded browser). Where Chromium is
/// missing, <see cref="SkipReason"/> says so and tests skip themselves.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder _temp = new();
    private StaticSiteHost? _host;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public Uri? Address => _host?.Address;
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); .ci/run installs it";
            return;
        }
        var output = _temp.Combine("site");
        var result = Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(InputReader.Read(RepoPaths.Input), new());
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        OutputWriter.Write(RepoPaths.Input, output, result.Files);
        _host = await StaticSiteHost.StartAsync(output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A page that records console errors, page errors and every request that leaves 127.0.0.1.</summary>
    public async Task<WatchedPage> OpenAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser!.NewPageAsync(options);
        return new WatchedPage(page, Address!);
    }

    /// <summary>A page of the site in a browser context with JavaScript turned off; close it with its context.</summary>
    public async Task<IPage> OpenWithoutScriptAsync(string path)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Address!, path).ToString());
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        _temp.Dispose();
    }
}
