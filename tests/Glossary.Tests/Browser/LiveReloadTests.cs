using Glossary.Cli.Serving;
using Glossary.Tests.Support;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>'glossary serve' in a real browser: a good edit reloads the tab; a broken one shows the overlay over the last good page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserSite site)
{
    [Fact]
    public async Task Tab_reloads_after_an_edit_and_shows_problems_in_an_overlay()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        var page = await site.Browser!.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"HTTP {r.Status} {r.Url}"); };
        await page.GotoAsync(new Uri(server.Address, "/glossary/iop/").ToString());
        var cancel = TestContext.Current.CancellationToken;
        for (var i = 0; i < 100 && server.ConnectedClients == 0; i++) await Task.Delay(100, cancel);
        Assert.Equal(1, server.ConnectedClients);

        var path = Path.Combine(input, "glossary", "iop.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, cancel)).Replace("is a term used in the tests.", "now reads differently."), cancel);
        await Assertions.Expect(page.Locator(".prose p").First).ToContainTextAsync("now reads differently", new() { Timeout = 20000 });

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, cancel)).Replace("now reads differently.", "links to [[Nowhere Term]]."), cancel);
        var overlay = page.Locator("#glossary-overlay");
        await Assertions.Expect(overlay).ToContainTextAsync("GL0401", new() { Timeout = 20000 });
        Assert.Contains("Nowhere Term", await overlay.TextContentAsync());
        Assert.Contains("now reads differently", await page.Locator(".prose p").First.TextContentAsync());
        await page.CloseAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
