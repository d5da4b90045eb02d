using Glossary.Tests.Support;

namespace Glossary.Tests.Markdown;

public sealed class ContentRenderingTests
{
    [Fact]
    public void Html_comments_are_notes_to_editors_and_are_not_published()
    {
        var body = "\nVisible text.\n\n<!-- glossary:prompt Write the examples here. -->\n\n<!-- internal note: check with legal -->\n";
        var result = new TestSite().WithEntry("page", "Page", body).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Page("glossary/page/index.html");
        Assert.Contains("Visible text.", html);
        Assert.DoesNotContain("glossary:prompt", html);
        Assert.DoesNotContain("internal note", html);
    }

    [Fact]
    public void Tables_footnotes_and_heading_ids_render()
    {
        var body = "\n## Deadlines table\n\n| Step | Days |\n|---|---|\n| Appeal | 180 |\n\nA fact.[^1]\n\n[^1]: From a rule.\n";
        var page = new TestSite().WithEntry("page", "Page", body).Build().Document("glossary/page/index.html");
        Assert.NotNull(page.QuerySelector(".prose h2#deadlines-table"));
        Assert.Equal("180", page.QuerySelector(".prose table td:last-child")!.TextContent);
        Assert.NotNull(page.QuerySelector(".prose .footnotes"));
    }
}
