using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserSite site)
{
    [Theory]
    [InlineData("/", "Consumer Glossary")]
    [InlineData("/glossary/intensive-outpatient-program/", "Intensive Outpatient Program")]
    [InlineData("/glossary/", "Glossary A–Z")]
    public async Task Page_opens_with_its_heading_and_no_errors(string path, string heading)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        var response = await watched.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var h1 = await watched.Page.Locator("h1").First.TextContentAsync();
        Assert.Equal(heading, h1?.Trim());
        await watched.CloseAsync();
    }

    [Fact]
    public async Task Missing_page_gets_the_404_page()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        var response = await watched.GotoAsync("/does-not-exist/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", (await watched.Page.Locator("h1").TextContentAsync())?.Trim());
        await watched.Page.CloseAsync();
    }

    [Fact]
    public async Task Focusing_a_term_link_shows_its_summary_card()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync();
        await watched.GotoAsync("/glossary/therapy-sessions/");
        var link = watched.Page.Locator(".prose a.term-link[href$='/glossary/medical-necessity/']").First;
        await link.FocusAsync();
        var card = watched.Page.Locator(".term-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 5000 });
        Assert.StartsWith("The test a health plan uses", (await card.TextContentAsync())?.Trim());
        Assert.Equal("true", await card.GetAttributeAsync("aria-hidden"));

        await watched.Page.Keyboard.PressAsync("Escape");
        Assert.False(await card.IsVisibleAsync());
        await watched.CloseAsync();
    }
}
