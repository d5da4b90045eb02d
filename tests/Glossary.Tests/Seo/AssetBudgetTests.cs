using Glossary.Tests.Support;

namespace Glossary.Tests.Seo;

public sealed class AssetBudgetTests
{
    [Fact]
    public void A_glossary_page_loads_under_30_kB_of_css_and_js_and_no_blocking_script()
    {
        var result = FixtureBuild.Result;
        var page = result.Document("glossary/medical-necessity/index.html");
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();
        Assert.NotEmpty(assets);
        var bytes = assets.Sum(href => result.Files.Single(f => "/" + f.Path == href).Content.Length);
        Assert.True(bytes < 30 * 1024, $"CSS+JS is {bytes} bytes");
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer") || s.HasAttribute("async")));
        Assert.All(assets, href => Assert.Matches(@"^/assets/[a-z-]+\.[0-9a-f]{10}\.(css|js)$", href));
    }
}
