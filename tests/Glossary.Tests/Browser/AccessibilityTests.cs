using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>axe-core on every page type, at phone and desktop sizes, under the site's real headers (CSP included).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, int, int> PagesAndSizes() => Viewports.EachAtPhoneAndDesktop(
        "/", "/glossary/medical-necessity/", "/guides/iop-group-therapy-and-authorization/", "/guides/long-term-psychotherapy-coverage/",
        "/categories/insurance/", "/categories/", "/glossary/", "/guides/", "/about/", "/thanks/", "/search/?q=iop", "/explain/", "/does-not-exist/",
        "/network/", "/network/m/", "/network/0-9/", "/network/#" + Glossary.Network.NetworkView.Default("medical-necessity").Code,
        "/es/network/", "/es/network/n/", "/es/network/#" + Glossary.Network.NetworkView.Default("medical-necessity").Code, "/es/glossary/medical-necessity/");

    [Theory]
    [MemberData(nameof(PagesAndSizes))]
    public async Task Page_has_no_axe_violations_no_errors_and_no_third_party_requests(string path, int width, int height)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await watched.GotoAsync(path);
        var violations = await watched.Page.AxeViolationsAsync();
        await watched.CloseAsync();
        Assert.Empty(violations);
    }
}
