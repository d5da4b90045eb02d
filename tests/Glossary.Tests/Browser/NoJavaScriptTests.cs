using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>The site works with JavaScript turned off: navigation, the A–Z index and the feedback form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task Category_navigation_and_breadcrumbs_lead_to_their_pages()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var page = await site.OpenWithoutScriptAsync("/glossary/medical-necessity/");
        await page.ClickAsync("nav[aria-label=Categories] a:text-is('Insurance')");
        Assert.EndsWith("/categories/insurance/", page.Url);
        Assert.Equal("Insurance", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.ClickAsync("nav[aria-label=Breadcrumb] a:text-is('Home')");
        Assert.Equal(new Uri(site.Address!, "/").ToString(), page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_to_z_letters_jump_to_their_section_and_letters_without_entries_are_inactive()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var page = await site.OpenWithoutScriptAsync("/glossary/");
        await page.ClickAsync("nav.az-letters a[href='#letter-p']");
        Assert.EndsWith("#letter-p", page.Url);
        Assert.True(await page.Locator("#letter-p ~ ul a:text-is('Prior Authorization')").First.IsVisibleAsync());
        Assert.True(await page.Locator(".az-letters__inactive").CountAsync() > 0, "letters without entries are shown as inactive");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Feedback_form_submits_and_lands_on_the_thank_you_page()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var page = await site.OpenWithoutScriptAsync("/glossary/prior-authorization/");
        await page.CheckAsync("form[name=feedback] input[value=yes]");
        await page.FillAsync("#feedback-comment", "Clear, thank you.");
        await page.ClickAsync("form[name=feedback] button[type=submit]");
        await page.WaitForURLAsync("**/thanks/");
        Assert.Equal("Thank you", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.Context.CloseAsync();
    }
}
