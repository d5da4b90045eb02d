using System.Globalization;
using Deque.AxeCore.Playwright;
using Glossary.Tests.Text;
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
    [InlineData("internal appeals", "Internal Appeal")]
    // New entries by title, by abbreviation or everyday name, and with one typo.
    [InlineData("Explanation of Benefits", "Explanation of Benefits")]
    [InlineData("EOB", "Explanation of Benefits")]
    [InlineData("explanaton of benefits", "Explanation of Benefits")]
    [InlineData("Good Faith Estimate", "Good Faith Estimate")]
    [InlineData("GFE", "Good Faith Estimate")]
    [InlineData("good faith estmate", "Good Faith Estimate")]
    [InlineData("Nonquantitative Treatment Limitation", "Nonquantitative Treatment Limitation")]
    [InlineData("NQTL", "Nonquantitative Treatment Limitation")]
    [InlineData("nonquantitative treatmnt limitation", "Nonquantitative Treatment Limitation")]
    [InlineData("Summary Plan Description", "Summary Plan Description")]
    [InlineData("SPD", "Summary Plan Description")]
    [InlineData("sumary plan description", "Summary Plan Description")]
    [InlineData("Employee Assistance Program", "Employee Assistance Program")]
    [InlineData("EAP", "Employee Assistance Program")]
    [InlineData("employe assistance program", "Employee Assistance Program")]
    [InlineData("Balance Billing", "Balance Billing")]
    [InlineData("surprise bill", "Balance Billing")]
    [InlineData("balanse billing", "Balance Billing")]
    [InlineData("external reveiw", "External Review")] // two letters swapped: one edit
    [InlineData("extrenal review", "External Review")]
    [InlineData("medical neccesity", "Medical Necessity")] // two edits, allowed in words of 9+ letters
    public async Task Query_finds_the_expected_term_first(string query, string expected)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        var titles = await TitlesAfterTyping(watched, input, query);
        Assert.NotEmpty(titles);
        Assert.Equal(expected, titles[0]);
        var ms = double.Parse(await watched.Page.Locator("#search").GetAttributeAsync("data-rank-ms") ?? "999", CultureInfo.InvariantCulture);
        Assert.True(ms < 50, $"ranking took {ms} ms");
        Assert.True(await watched.Page.Locator("#search-results").IsVisibleAsync());
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
    public async Task The_search_counts_edits_as_the_table_shared_with_the_csharp_did_you_mean_says()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, _) = await Open();
        var table = await File.ReadAllTextAsync(EditDistanceCases.Path, TestContext.Current.CancellationToken);
        // Each case three ways: without a limit, with the limit at the distance, and with it one below (gives up: limit + 1).
        var found = await watched.Page.EvaluateAsync<int[][]>("""
            json => JSON.parse(json).cases.map(([a, b, d]) =>
              [glossarySearch.distance(a, b, 99), glossarySearch.distance(a, b, d), d > 0 ? glossarySearch.distance(a, b, d - 1) : 1])
            """, table);
        var expected = EditDistanceCases.All.Select(c => new[] { c.Distance, c.Distance, Math.Max(c.Distance, 1) }).ToArray();
        Assert.Equal(expected, found);
        var allowed = await watched.Page.EvaluateAsync<int[]>("() => ['iop', 'appea', 'external', 'necessity', 'authorization'].map(glossarySearch.maxEdits)");
        Assert.Equal([0, 1, 1, 2, 2], allowed);
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    /// <summary>The stop words come from the index's manifest: a word the manifest lists is dropped from the query.</summary>
    [Fact]
    public async Task Stop_words_come_from_the_manifest()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        await watched.Page.RouteAsync("**/search/index/manifest.json", async route =>
        {
            var response = await route.FetchAsync();
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!.AsObject();
            manifest["stop"]!.AsArray().Add("iop");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = manifest.ToJsonString() });
        });
        await watched.GotoAsync("/search/");
        var input = watched.Page.Locator("#search-input");
        Assert.Empty(await TitlesAfterTyping(watched, input, "iop"));
        Assert.Contains("No results", await watched.Page.Locator("#search-status").TextContentAsync());
        Assert.Equal("Intensive Outpatient Program", (await TitlesAfterTyping(watched, input, "intensive outpatient"))[0]);
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    private static Task<string?> FocusedHref(WatchedPage watched) =>
        watched.Page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");

    [Fact]
    public async Task Each_result_is_a_link_to_its_page()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        var titles = await TitlesAfterTyping(watched, input, "prior authorization");
        var links = watched.Page.Locator("#search-results li > a[href]");
        Assert.Equal(titles.Count, await links.CountAsync());
        Assert.Equal("/glossary/prior-authorization/", await links.First.GetAttributeAsync("href"));
        Assert.Equal("Prior Authorization", await links.First.Locator(".search__title").TextContentAsync());
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task Arrow_keys_move_between_the_box_and_the_results_and_enter_opens_one()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        var titles = await TitlesAfterTyping(watched, input, "prior authorization");
        Assert.True(titles.Count >= 2);
        var keyboard = watched.Page.Keyboard;
        await keyboard.PressAsync("ArrowDown");
        Assert.Equal("/glossary/prior-authorization/", await FocusedHref(watched));
        await keyboard.PressAsync("ArrowDown");
        var second = await FocusedHref(watched);
        Assert.Equal(await watched.Page.Locator("#search-results a").Nth(1).GetAttributeAsync("href"), second);
        await keyboard.PressAsync("ArrowUp");
        Assert.Equal("/glossary/prior-authorization/", await FocusedHref(watched));
        await keyboard.PressAsync("ArrowUp");
        Assert.True(await input.EvaluateAsync<bool>("box => document.activeElement === box"));
        await keyboard.PressAsync("ArrowDown");
        // Start waiting before the key press, so the navigation it starts is seen however fast or slow it is.
        var navigated = watched.Page.WaitForURLAsync("**/glossary/prior-authorization/");
        await keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal("Prior Authorization", (await watched.Page.Locator("h1").TextContentAsync())?.Trim());
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task A_result_opens_in_a_new_tab_from_the_keyboard()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        await TitlesAfterTyping(watched, input, "prior authorization");
        await watched.Page.Keyboard.PressAsync("ArrowDown");
        var opened = watched.Page.Context.WaitForPageAsync();
        await watched.Page.Keyboard.PressAsync("Control+Enter");
        var tab = await opened;
        await tab.WaitForURLAsync("**/glossary/prior-authorization/");
        Assert.EndsWith("/search/", new Uri(watched.Page.Url).AbsolutePath);
        await tab.CloseAsync();
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task Results_with_one_focused_have_no_axe_violations()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (watched, input) = await Open();
        await TitlesAfterTyping(watched, input, "iop");
        await watched.Page.Keyboard.PressAsync("ArrowDown");
        var results = await watched.Page.RunAxe();
        Assert.Empty(results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
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
