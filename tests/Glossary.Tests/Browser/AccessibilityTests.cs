using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>axe-core on every page type, at phone and desktop sizes, under the site's real headers (CSP included).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, int, int> PagesAndSizes()
    {
        var data = new TheoryData<string, int, int>();
        string[] pages =
        [
            "/", "/glossary/medical-necessity/", "/guides/iop-group-therapy-and-authorization/", "/guides/long-term-psychotherapy-coverage/",
            "/categories/insurance/", "/categories/", "/glossary/", "/guides/", "/about/", "/thanks/", "/search/?q=iop", "/explain/", "/does-not-exist/",
            "/network/", "/network/m/", "/network/0-9/", "/network/#" + Glossary.Network.NetworkView.Default("medical-necessity").Code,
        ];
        foreach (var page in pages)
        {
            data.Add(page, 390, 844);
            data.Add(page, 1280, 800);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndSizes))]
    public async Task Page_has_no_axe_violations_no_errors_and_no_third_party_requests(string path, int width, int height)
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var watched = await site.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await watched.GotoAsync(path);
        var violations = Violations(await watched.Page.RunAxe());
        await watched.Page.CloseAsync();
        Assert.Empty(violations);
        Assert.True(watched.Problems.IsEmpty, string.Join("\n", watched.Problems));
    }

    /// <summary>axe's violations, one line each: rule, impact, help and the first few elements.</summary>
    public static List<string> Violations(AxeResult results) =>
        [.. results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
}
