using Glossary.Tests.Support;

namespace Glossary.Tests.Snapshots;

/// <summary>One snapshot per page type, rendered from the fixture site through the real pipeline and theme.</summary>
public sealed class PageSnapshotTests
{
    private static readonly Lazy<Glossary.Pipeline.BuildResult> Site = new(() =>
    {
        var result = TestSite.Fixture().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("glossary/medical-necessity/index.html", "entry")]
    [InlineData("guides/appeals/index.html", "guide")]
    [InlineData("guides/report/index.html", "report")]
    [InlineData("categories/insurance/index.html", "category")]
    [InlineData("categories/index.html", "categories-index")]
    [InlineData("glossary/index.html", "a-to-z")]
    [InlineData("guides/index.html", "guides-index")]
    [InlineData("about/index.html", "page")]
    [InlineData("404.html", "not-found")]
    [InlineData("thanks/index.html", "thanks")]
    [InlineData("search/index.html", "search")]
    [InlineData("explain/index.html", "explain")]
    public void Page_matches_its_approved_snapshot(string path, string name) =>
        HtmlSnapshot.Verify(Site.Value.Page(path), name);
}
