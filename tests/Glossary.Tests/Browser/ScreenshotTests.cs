using Glossary.Tests.Support;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>Writes full-page screenshots of an entry and a guide at phone and desktop sizes to tests/screenshots/ (git-ignored) for a person to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "screenshots");

    [Theory]
    [InlineData("/glossary/medical-necessity/", "entry")]
    [InlineData("/guides/iop-group-therapy-and-authorization/", "guide")]
    public async Task Screenshots_at_phone_and_desktop_sizes(string path, string name)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        Directory.CreateDirectory(Folder);
        foreach (var (width, height, size) in new[] { (320, 640, "small-phone"), (390, 844, "phone"), (1280, 800, "desktop") })
        {
            var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            await watched.GotoAsync(path);
            var file = Path.Combine(Folder, $"{name}-{size}.png");
            await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            var scrollWidth = await watched.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await watched.Page.CloseAsync();
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            Assert.True(scrollWidth <= width, $"{path} scrolls sideways at {width}px ({scrollWidth}px wide)");
        }
    }
}
