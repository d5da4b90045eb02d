using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>
/// The appeal guide's sample letter, printed: in print media the site's chrome, forms and screen-only help are gone,
/// the letter is black on white at full width, and Chromium makes a PDF of it. A screenshot goes to tests/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSite site)
{
    private const string AppealGuide = "/guides/appealing-a-mental-health-denial/";

    [Fact]
    public async Task The_sample_appeal_letter_prints_cleanly()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 1100 } });
        await watched.GotoAsync(AppealGuide);
        await watched.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".category-nav", ".site-footer", ".feedback", ".crisis-callout", ".breadcrumbs" })
            Assert.False(await watched.Page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} shows in print");

        var letter = watched.Page.Locator("#sample-appeal-letter ~ blockquote").First;
        Assert.True(await letter.IsVisibleAsync(), "the sample letter is not on the printed page");
        var style = await letter.EvaluateAsync<Dictionary<string, string>>(
            "e => { const s = getComputedStyle(e); return { color: s.color, border: s.borderLeftStyle, width: String(e.getBoundingClientRect().width) }; }");
        Assert.Equal("rgb(0, 0, 0)", style["color"]);
        Assert.Equal("none", style["border"]);
        var articleWidth = await watched.Page.Locator("article").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(double.Parse(style["width"], System.Globalization.CultureInfo.InvariantCulture) >= articleWidth - 1, "the letter does not use the page's width");
        Assert.Contains("[Your name]", await letter.TextContentAsync());
        var underlined = await letter.Locator("a").EvaluateAllAsync<int>("links => links.filter(a => getComputedStyle(a).textDecorationLine !== 'none').length");
        Assert.Equal(0, underlined);

        Directory.CreateDirectory(ScreenshotTests.Folder);
        await letter.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotTests.Folder, "appeal-letter-print.png") });
        var pdf = await watched.Page.PdfAsync(new PagePdfOptions { Format = "Letter" });
        Assert.True(pdf.Length > 10_000 && pdf[..4].SequenceEqual("%PDF"u8.ToArray()), "Chromium made no PDF of the page");
        await watched.CloseAsync();
    }
}
