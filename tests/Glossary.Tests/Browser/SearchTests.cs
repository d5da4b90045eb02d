using System.Globalization;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>Typing into the real search box on /search/, in Chromium, against the real site's index.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    private async Task<(WatchedPage Watched, ILocator Input)> Open()
    {
        var watched = await site.OpenAsync();
        await watched.GotoAsync("/search/");
        return (watched, watched.Page.Locator("#search-input"));
    }

    private static async Task<List<string>> TitlesAfterTyping(WatchedPage watched, ILocator input, string query)
    {
        await input.FillAsync("");
        await input.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = 30 });
        var status = watched.Page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync(query.Trim(), new LocatorAssertionsToContainTextOptions { Timeout = 5000 });
        return [.. (await watched.Page.Locator("#search-results .search__title").AllTextContentsAsync())];
    }

    [Theory]
    [InlineData("IOP", "Intensive Outpatient Program")]
    [InlineData("medcal necesity", "Medical Necessity")]
    [InlineData("preauth", "Prior Authorization")]
    [InlineData("no-show fee", "Cancellation Policy")]
    [InlineData("appeals", "Internal Appeal")]
    public async Task Query_finds_the_expected_term_first(string query, string expected)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        var titles = await TitlesAfterTyping(watched, input, query);
        Assert.NotEmpty(titles);
        Assert.Equal(expected, titles[0]);
        var ms = double.Parse(await watched.Page.Locator("#search").GetAttributeAsync("data-rank-ms") ?? "999", CultureInfo.InvariantCulture);
        Assert.True(ms < 50, $"ranking took {ms} ms");
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    // Typo tolerance: one edit for query words of 5 to 8 letters, two for 9 or more (README, Search).
    [Theory]
    [InlineData("neccesity", "Medical Necessity")] // 9 letters, two edits from "necessity"
    [InlineData("autorizaton", "Prior Authorization")] // 11 letters, two edits from "authorization"
    public async Task A_word_of_nine_letters_or_more_is_found_with_two_typos(string query, string expected)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        Assert.Contains(expected, await TitlesAfterTyping(watched, input, query));
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Theory]
    [InlineData("neccsity")] // 8 letters, two edits from "necessity"
    [InlineData("apeel")] // 5 letters, two edits from "appeal"
    public async Task A_shorter_word_with_two_typos_finds_nothing(string query)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        Assert.Empty(await TitlesAfterTyping(watched, input, query));
        Assert.StartsWith("No results", await watched.Page.Locator("#search-status").TextContentAsync());
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task Arrow_keys_and_enter_open_a_result()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        await TitlesAfterTyping(watched, input, "prior authorization");
        await input.PressAsync("ArrowDown");
        var active = await input.GetAttributeAsync("aria-activedescendant");
        Assert.Equal("search-option-0", active);
        Assert.Equal("true", await watched.Page.Locator("#search-option-0").GetAttributeAsync("aria-selected"));
        await input.PressAsync("Enter");
        await watched.Page.WaitForURLAsync("**/glossary/prior-authorization/");
        Assert.Equal("Prior Authorization", (await watched.Page.Locator("h1").TextContentAsync())?.Trim());
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task Header_search_leads_to_results_for_its_query()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        await watched.GotoAsync("/glossary/");
        await watched.Page.FillAsync("#site-search-input", "external review");
        // Start waiting before the key press, so the navigation it starts is seen however fast or slow it is.
        var navigated = watched.Page.WaitForURLAsync("**/search/?q=external+review");
        await watched.Page.PressAsync("#site-search-input", "Enter");
        await navigated;
        await Assertions.Expect(watched.Page.Locator("#search-results .search__title").First).ToHaveTextAsync("External Review");
        Assert.Contains("results for", await watched.Page.Locator("#search-status").TextContentAsync());
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task Without_javascript_the_search_page_offers_other_ways_to_find_terms()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address!, "/search/?q=iop").ToString());
        Assert.True(await page.Locator(".search__nojs a[href='/glossary/']").IsVisibleAsync());
        Assert.True(await page.Locator(".search__nojs a[href='/categories/']").IsVisibleAsync());
        await context.CloseAsync();
    }
}
