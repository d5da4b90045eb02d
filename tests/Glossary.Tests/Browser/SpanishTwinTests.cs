using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>The Spanish fixture in Chromium: Spanish search, the language switch, and axe on Spanish pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SpanishTwinTests(BrowserSite browser, SpanishSite spanish) : IClassFixture<SpanishSite>
{
    private async Task<WatchedPage> Open(string path, int width = 1280, int height = 800)
    {
        var page = await browser.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var watched = new WatchedPage(page, spanish.Address!);
        await watched.GotoAsync(path);
        return watched;
    }

    [Theory]
    [InlineData("necesidad medica", "Necesidad médica")]
    [InlineData("autorizacion previa", "Autorización previa")]
    [InlineData("preautorizacion", "Autorización previa")]
    public async Task Spanish_search_without_accents_finds_the_entry_first(string query, string expected)
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var watched = await Open("/es/search/");
        await watched.Page.Locator("#search-input").PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = 30 });
        await Assertions.Expect(watched.Page.Locator("#search-status")).ToContainTextAsync($"«{query}»", new LocatorAssertionsToContainTextOptions { Timeout = 5000 });
        var titles = await watched.Page.Locator("#search-results .search__title").AllTextContentsAsync();
        var kinds = await watched.Page.Locator("#search-results .search__kind").AllTextContentsAsync();
        var first = await watched.Page.Locator("#search-results a").First.GetAttributeAsync("href");
        await watched.Page.CloseAsync();
        Assert.Equal(expected, titles.FirstOrDefault());
        Assert.Equal("Término", kinds[0]);
        Assert.StartsWith("/es/glossary/", first, StringComparison.Ordinal);
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task The_language_switch_moves_between_twins_and_back()
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var watched = await Open("/glossary/medical-necessity/");
        var page = watched.Page;
        await page.Locator("nav.language-switch a").ClickAsync();
        await page.WaitForURLAsync("**/es/glossary/medical-necessity/");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Necesidad médica", await page.Locator("h1").TextContentAsync());
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Idioma" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/glossary/medical-necessity/", StringComparison.Ordinal) && !u.Contains("/es/", StringComparison.Ordinal));
        Assert.Equal("Medical Necessity", await page.Locator("h1").TextContentAsync());
        await page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    public static TheoryData<string, int, int> SpanishPagesAndSizes()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var page in new[] { "/es/", "/es/glossary/medical-necessity/", "/es/guides/appeals/", "/es/glossary/", "/es/categories/insurance/", "/es/search/?q=iop", "/es/about/" })
        {
            data.Add(page, 390, 844);
            data.Add(page, 1280, 800);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpanishPagesAndSizes))]
    public async Task Spanish_page_has_no_axe_violations(string path, int width, int height)
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var watched = await Open(path, width, height);
        var results = await watched.Page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        await watched.Page.CloseAsync();
        Assert.Empty(violations);
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }
}
