using Glossary.Network;
using Glossary.Tests.Network;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>
/// The semantic network in Chromium, on the real site: an entry's figure and its text alternative, the explorer driven
/// by keyboard only, a code restoring a view (and a stale one explained), a code typed into the search box (of an
/// English page and of a Spanish one), and the browser's share codes against the table C# is checked against.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkTests(BrowserSite site)
{
    private static readonly string MedicalNecessity = NetworkView.Default("medical-necessity").Code;

    private async Task<WatchedPage> Open(string path, int width = 1280)
    {
        var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
        await watched.GotoAsync(path);
        return watched;
    }

    private static async Task Done(WatchedPage watched)
    {
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    private static Task<string> ActiveId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.getAttribute('href') || ''");

    [Fact]
    public async Task An_entry_shows_its_figure_within_a_phone_screen_and_lists_the_same_pages_in_text()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/glossary/medical-necessity/", width: 390);
        var svg = watched.Page.Locator(".network-figure svg");
        var box = (await svg.BoundingBoxAsync())!;
        Assert.InRange(box.Width, 300, 390);
        Assert.InRange(box.Height, 200, 400);
        var drawn = (await svg.Locator("a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))")).ToHashSet();
        var listed = (await watched.Page.Locator(".network-figure__text a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))")).ToHashSet();
        Assert.True(drawn.Count >= 3, $"{drawn.Count} nodes");
        Assert.Equal(drawn, listed);
        await watched.Page.Locator(".network-figure figcaption a").ClickAsync();
        await Assertions.Expect(watched.Page.Locator("#explorer-caption")).ToContainTextAsync("Medical Necessity");
        Assert.EndsWith("/network/#" + MedicalNecessity, watched.Page.Url);
        await Done(watched);
    }

    [Fact]
    public async Task A_node_of_an_entrys_figure_is_reached_with_Tab_and_opened_with_Enter()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/glossary/medical-necessity/");
        var page = watched.Page;
        for (var i = 0; i < 80 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.network-svg')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var href = await ActiveId(page);
        Assert.StartsWith("/", href);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(href) + "$"));
        await Done(watched);
    }

    [Fact]
    public async Task The_explorer_works_by_keyboard_only_choose_a_term_move_between_nodes_open_one()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/network/");
        var page = watched.Page;
        await Assertions.Expect(page.Locator("#explorer")).ToBeVisibleAsync();
        for (var i = 0; i < 40 && await ActiveId(page) != "explorer-input"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("explorer-input", await ActiveId(page));
        await page.Keyboard.TypeAsync("medical nec");
        await Assertions.Expect(page.Locator("#explorer-input")).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#explorer-caption")).ToContainTextAsync("Medical Necessity");
        Assert.EndsWith("#" + MedicalNecessity, page.Url);
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#explorer-svg')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var first = await ActiveId(page);
        Assert.StartsWith("/glossary/medical-necessity/", first);
        await page.Keyboard.PressAsync("ArrowRight");
        var second = await ActiveId(page);
        Assert.NotEqual(first, second);
        Assert.StartsWith("/", second);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(second) + "$"));
        await Done(watched);
    }

    [Fact]
    public async Task A_code_in_the_address_restores_its_view_and_a_custom_view_carries_itself()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/network/#" + MedicalNecessity);
        await Assertions.Expect(watched.Page.Locator("#explorer-caption")).ToContainTextAsync("Medical Necessity: ");
        Assert.True(await watched.Page.Locator("#explorer-svg a").CountAsync() > 2);
        var custom = new NetworkView(["medical-necessity", "mental-health-parity"], 2, [EdgeKind.Related, EdgeKind.Link]);
        await watched.GotoAsync("/network/#" + custom.Code + "&" + Uri.EscapeDataString(custom.Canonical));
        await Assertions.Expect(watched.Page.Locator("#explorer-caption")).ToContainTextAsync("within 2 steps. Code " + custom.Code);
        Assert.False(await watched.Page.Locator("input[name=kind][value=finding]").IsCheckedAsync());
        await Done(watched);
    }

    [Theory]
    [InlineData("AAAAAAAAAAA", "No view has the code AAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAA&v1%7Cno-such-term%7C1%7Call", "no longer on this site (no-such-term)")]
    public async Task A_stale_code_says_so_and_offers_a_way_back(string hash, string message)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/network/#" + hash);
        await Assertions.Expect(watched.Page.Locator("#explorer-message")).ToContainTextAsync(message);
        Assert.Equal("#network-all-heading", await watched.Page.Locator("#explorer-message a").GetAttributeAsync("href"));
        Assert.True(await watched.Page.Locator("#network-all-heading").IsVisibleAsync());
        await Done(watched);
    }

    [Fact]
    public async Task A_code_typed_into_the_search_box_opens_its_view()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/glossary/medical-necessity/");
        await watched.Page.Locator("#site-search-input").FillAsync(MedicalNecessity);
        await watched.Page.Locator("#site-search-input").PressAsync("Enter");
        await Assertions.Expect(watched.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/network/#" + MedicalNecessity + "$"));
        await Assertions.Expect(watched.Page.Locator("#explorer-caption")).ToContainTextAsync("Medical Necessity");
        await Done(watched);
    }

    /// <summary>
    /// The same view has the same code in both languages (it hashes slugs): typed into a Spanish page's search box, it
    /// opens the Spanish explorer, which draws the Spanish pages.
    /// </summary>
    [Fact]
    public async Task A_code_typed_into_the_Spanish_search_box_opens_the_Spanish_explorer_at_its_view()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/es/glossary/medical-necessity/", width: 390);
        await watched.Page.Locator("#site-search-input").FillAsync(MedicalNecessity);
        await watched.Page.Locator("#site-search-input").PressAsync("Enter");
        await Assertions.Expect(watched.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/es/network/#" + MedicalNecessity + "$"));
        await Assertions.Expect(watched.Page.Locator("#explorer-caption")).ToContainTextAsync("Necesidad médica: ");
        var drawn = await watched.Page.Locator("#explorer-svg a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        Assert.True(drawn.Length > 2, $"{drawn.Length} nodes");
        Assert.All(drawn, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        await Done(watched);
    }

    [Fact]
    public async Task The_browser_gives_every_share_code_of_the_shared_table()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await Open("/network/");
        var table = await File.ReadAllTextAsync(ShareCodeTests.CasesPath, TestContext.Current.CancellationToken);
        var codes = await watched.Page.EvaluateAsync<string[]>("json => JSON.parse(json).cases.map(([c]) => glossaryShareCode.of(c))", table);
        Assert.Equal(ShareCodeTests.Cases.Select(c => c.Code), codes);
        var canonical = await watched.Page.EvaluateAsync<string>("() => glossaryShareCode.canonical({ focus: ['b', 'a', 'a'], depth: 2, kinds: ['related', 'link'] })");
        Assert.Equal(new NetworkView(["b", "a"], 2, [EdgeKind.Related, EdgeKind.Link]).Canonical, canonical);
        await Done(watched);
    }
}
