using System.Text.Json;
using AngleSharp.Dom;
using Deque.AxeCore.Playwright;
using Glossary.Tests.Explain;
using Glossary.Tests.Support;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>
/// "Explain my letter" in Chromium on the real site: a sample mental-health IOP denial (sample-denial-letter.txt) is
/// pasted into /explain/ and explained; nothing leaves the page or stays behind; the page works by keyboard, for axe,
/// without JavaScript and in print; and its matcher and deadline pattern follow the tables shared with the C# tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplainTests(BrowserSite site)
{
    private const string AppealGuide = "/guides/appealing-a-mental-health-denial/";

    private static readonly string Letter = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Browser", "sample-denial-letter.txt"));

    /// <summary>The glossary's terms in the sample letter, in order of first mention (CPT 90853 names "CPT" before the title does).</summary>
    private static readonly string[] TermsInLetter =
    [
        "Intensive Outpatient Program", "Group Therapy", "CPT Code", "Adverse Benefit Determination", "Concurrent Review",
        "Utilization Review", "Medical Necessity", "Level of Care Criteria", "Out-of-Network Provider", "Prior Authorization",
        "Peer-to-Peer Review", "Internal Appeal", "Expedited Appeal", "External Review", "Claim File", "Authorized Representative",
        "Consumer Assistance Program", "Explanation of Benefits", "988 Suicide & Crisis Lifeline",
    ];

    private async Task<WatchedPage> OpenReady(int width = 1280, int height = 800)
    {
        var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await watched.GotoAsync("/explain/");
        await Assertions.Expect(watched.Page.Locator("#explain")).ToHaveAttributeAsync("data-ready", "true");
        return watched;
    }

    /// <summary>Puts text into the box as a paste does (one input event), and waits for the count to be announced.</summary>
    private static async Task Paste(IPage page, string text)
    {
        await page.FocusAsync("#explain-input");
        await page.Keyboard.InsertTextAsync(text);
        await Assertions.Expect(page.Locator("#explain-status")).ToContainTextAsync("Found");
    }

    private static async Task Finish(WatchedPage watched)
    {
        await watched.Page.CloseAsync();
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    [Fact]
    public async Task A_pasted_denial_is_explained_with_next_steps_deadlines_codes_and_every_term_in_order_with_its_summary()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await OpenReady();
        var page = watched.Page;
        await Paste(page, Letter);

        var status = page.Locator("#explain-status");
        Assert.Equal(("status", "polite"), (await status.GetAttributeAsync("role"), await status.GetAttributeAsync("aria-live")));
        Assert.StartsWith($"Found {TermsInLetter.Length} glossary terms, 2 billing codes and 3 deadlines in your letter.", await status.TextContentAsync());

        // "What you can do now" comes first, with the appeal guide and the external-review entry.
        var next = page.Locator("#explain-next");
        Assert.True(await next.IsVisibleAsync());
        Assert.Equal("explain-next", await page.Locator("#explain-results > h2 ~ div:not([hidden])").First.GetAttributeAsync("id"));
        Assert.Equal([AppealGuide, "/glossary/external-review/"], await next.Locator("li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Contains("ADVERSE BENEFIT DETERMINATION", await page.Locator("#explain-next-reason").TextContentAsync());

        Assert.Equal(["within 5 business days", "within 180 days", "within 72 hours"], await page.Locator("#explain-deadline-list strong").AllTextContentsAsync());
        Assert.Contains("You must file your appeal within 180 days of the date you receive this notice.",
            await page.Locator("#explain-deadline-list li").Nth(1).TextContentAsync());
        Assert.Equal(["90853", "90837"], await page.Locator("#explain-code-list strong").AllTextContentsAsync());
        Assert.Contains("Group therapy", await page.Locator("#explain-code-list li").First.TextContentAsync());

        var items = page.Locator("#explain-term-list > li");
        Assert.Equal(TermsInLetter, await items.Locator("> a:first-child").AllTextContentsAsync());
        using var http = new HttpClient { BaseAddress = site.Address };
        for (var i = 0; i < TermsInLetter.Length; i++)
        {
            var item = items.Nth(i);
            var entry = (await item.Locator("> a:first-child").GetAttributeAsync("href"))!;
            var section = (await item.Locator("a.explain__section").GetAttributeAsync("href"))!;
            var entryPage = Html.Parse(await http.GetStringAsync(entry, TestContext.Current.CancellationToken));
            Assert.Equal(entryPage.QuerySelector("meta[name=description]")!.GetAttribute("content"), await item.Locator(".explain__summary").TextContentAsync());
            Assert.StartsWith(entry + "#", section);
            Assert.Equal("What you can do", entryPage.GetElementById(section[(entry.Length + 1)..])?.TextContent.Trim());
        }

        // The letter, with each mention marked (not by colour alone: underlined and numbered) and linked to its entry.
        var marks = page.Locator("#explain-marked mark");
        Assert.Equal(28, await marks.CountAsync());
        Assert.Equal(("IOP", "/glossary/intensive-outpatient-program/", "1"),
            (await marks.Nth(1).Locator("a").TextContentAsync(), await marks.Nth(1).Locator("a").GetAttributeAsync("href"), await marks.Nth(1).Locator("sup").TextContentAsync()));
        var style = await marks.First.EvaluateAsync<string>("m => getComputedStyle(m).borderBottomStyle + ' ' + getComputedStyle(m.querySelector('a')).textDecorationLine");
        Assert.Equal("solid underline", style);
        // Without the numbers, the copy is the letter as pasted.
        Assert.Equal(Letter, await page.Locator("#explain-marked").EvaluateAsync<string>(
            "m => { const copy = m.cloneNode(true); copy.querySelectorAll('sup').forEach(s => s.remove()); return copy.textContent; }"));
        await Finish(watched);
    }

    [Fact]
    public async Task After_its_data_file_no_request_leaves_the_page_and_nothing_is_stored_or_put_in_the_address()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        var page = watched.Page;
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        await watched.GotoAsync("/explain/");
        await Assertions.Expect(page.Locator("#explain")).ToHaveAttributeAsync("data-ready", "true");
        var data = await page.Locator("#explain").GetAttributeAsync("data-src");
        Assert.Single(requests, url => url.EndsWith(data!, StringComparison.Ordinal));
        var before = requests.Count;
        var (address, historyLength) = (page.Url, await page.EvaluateAsync<int>("history.length"));

        // Markup pasted with the letter stays text: no image is loaded, no script runs.
        await Paste(page, Letter + "\n<img src=\"/explain-probe.png\"><script>document.title = 'ran'</script>\n");
        await page.Locator("#explain-input").PressSequentiallyAsync(" The plan will answer within 30 days.", new LocatorPressSequentiallyOptions { Delay = 20 });
        await page.ClickAsync("#explain-button");
        await Assertions.Expect(page.Locator("#explain-status")).ToContainTextAsync("4 deadlines");
        await page.WaitForTimeoutAsync(500);

        Assert.True(requests.Count == before, "requests after the data file: " + string.Join(", ", requests.Skip(before)));
        Assert.Contains("<img src=\"/explain-probe.png\">", await page.Locator("#explain-marked").TextContentAsync());
        Assert.Equal(0, await page.Locator("#explain-marked img, #explain-marked script").CountAsync());
        Assert.NotEqual("ran", await page.TitleAsync());
        var stored = await page.EvaluateAsync<string>("""
            async () => `local ${localStorage.length}, session ${sessionStorage.length}, cookie '${document.cookie}', ` +
              `databases ${(await indexedDB.databases()).length}, caches ${(await caches.keys()).length}`
            """);
        Assert.Equal("local 0, session 0, cookie '', databases 0, caches 0", stored);
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(address, page.Url);
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("history.length"));
        await Finish(watched);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_whole_tool_works_by_keyboard(int width, int height)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await OpenReady(width, height);
        var page = watched.Page;
        async Task<string> Focused() => await page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.getAttribute('href') || ''");

        var tabs = 0;
        while (await Focused() != "explain-input" && tabs++ < 40) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("explain-input", await Focused());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("explain-button", await Focused());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("explain-input", await Focused()); // nothing to explain yet: back to the box, with a word why
        await Assertions.Expect(page.Locator("#explain-status")).ToHaveTextAsync("Paste the text of your letter first.");

        await page.Keyboard.InsertTextAsync(Letter);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("explain-results", await Focused());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(AppealGuide, await Focused());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        // Start waiting before the key press, so the navigation it starts is seen however fast or slow it is.
        var navigated = page.WaitForURLAsync("**" + AppealGuide);
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await Finish(watched);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_explained_letter_has_no_axe_violations(int width, int height)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await OpenReady(width, height);
        await Paste(watched.Page, Letter);
        Assert.Empty(AccessibilityTests.Violations(await watched.Page.RunAxe()));
        // For a person to look at, beside ScreenshotTests' pictures.
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotTests.Folder, $"explain-{width}.png"), FullPage = true });
        await Finish(watched);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_the_tool_needs_it_and_links_to_the_index_and_the_appeal_guide()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var page = await site.OpenWithoutScriptAsync("/explain/");
        var message = page.Locator(".explain__nojs");
        Assert.Contains("This tool needs JavaScript", await message.TextContentAsync());
        Assert.True(await message.Locator("a[href='/glossary/']").IsVisibleAsync());
        Assert.True(await message.Locator($"a[href='{AppealGuide}']").IsVisibleAsync());
        Assert.False(await page.Locator("#explain-input").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_explanation_prints_without_the_paste_box_or_the_site_chrome()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await OpenReady(800, 1100);
        var page = watched.Page;
        await Paste(page, Letter);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var hidden in new[] { ".site-header", ".category-nav", ".site-footer", ".breadcrumbs", "#explain-input", ".explain__privacy" })
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} shows in print");
        foreach (var shown in new[] { "h1", "#explain-next", "#explain-deadlines", "#explain-terms", "#explain-codes", "#explain-marked" })
            Assert.True(await page.Locator(shown).IsVisibleAsync(), $"{shown} is missing in print");
        Assert.Equal("rgba(0, 0, 0, 0)", await page.Locator("#explain-marked mark").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "Letter" });
        Assert.True(pdf.Length > 10_000 && pdf[..4].SequenceEqual("%PDF"u8.ToArray()), "Chromium made no PDF of the page");
        await Finish(watched);
    }

    [Fact]
    public async Task The_page_finds_terms_and_deadlines_as_the_tables_shared_with_the_csharp_tests_say()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await OpenReady();
        // The data file the build writes for the table's terms, matched by the page's own script.
        var tableData = System.Text.Encoding.UTF8.GetString(TermMatchingCases.Site.Files.Single(f => f.Path.StartsWith("explain/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)).Content);
        var found = await watched.Page.EvaluateAsync<JsonElement>(
            "([json, texts]) => { const data = JSON.parse(json); return texts.map(t => glossaryExplain.findTerms(data, t)); }",
            new object[] { tableData, TermMatchingCases.All.Select(c => c.Text).ToArray() });
        foreach (var (@case, mentions) in TermMatchingCases.All.Zip(found.EnumerateArray()))
            Assert.Equal(@case.Expected, mentions.EnumerateArray().Select(m => (m[0].GetInt32(), @case.Text.Substring(m[0].GetInt32(), m[1].GetInt32()), m[2].GetString()!)));

        var deadlines = await watched.Page.EvaluateAsync<string[][]>("""
            async texts => {
              const data = await (await fetch(document.getElementById("explain").getAttribute("data-src"))).json();
              return texts.map(t => glossaryExplain.deadlines(data, t));
            }
            """, DeadlineCases.All.Select(c => c.Text).ToArray());
        Assert.Equal(DeadlineCases.All.Select(c => c.Expected), deadlines);
        await Finish(watched);
    }
}
