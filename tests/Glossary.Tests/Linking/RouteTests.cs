using System.Text.RegularExpressions;
using Glossary.Linking;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>The site's own addresses are written once, in <see cref="SiteRoutes"/>: the theme takes them from the view model.</summary>
public sealed partial class RouteTests
{
    [Fact]
    public void The_theme_writes_no_address_of_a_generated_page()
    {
        var theme = Path.Combine(RepoPaths.Root, "theme", "Glossary.Theme");
        var literals = Directory.EnumerateFiles(theme, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (File: Path.GetRelativePath(theme, file), Line: i + 1, Text: line)))
            .Where(l => RouteLiteral().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(literals.Count == 0, "use Page.Site.Routes (or the page's own links) instead:\n" + string.Join("\n", literals));
    }

    /// <summary>A quoted site path such as "/glossary/" or "/feed.xml", or an href starting with '/'.</summary>
    [GeneratedRegex("""(["'$]/(glossary|guides|categories|search|thanks|feed|404|sitemap|robots|assets)\b)|href="/""")]
    private static partial Regex RouteLiteral();

    [Theory]
    [InlineData("glossary")]
    [InlineData("guides")]
    [InlineData("categories")]
    [InlineData("search")]
    [InlineData("thanks")]
    [InlineData("feed")]
    [InlineData("sitemap")]
    [InlineData("robots")]
    [InlineData("404")]
    [InlineData("assets")]
    [InlineData("network")]
    public void A_page_may_not_take_a_generated_pages_address(string slug)
    {
        Assert.True(SiteRoutes.ReservedPageSlugs.Contains(slug), $"{slug} is not reserved");
        var site = new TestSite().With($"pages/{slug}.md", "---\ntitle: Taken\nsummary: A page at a generated page's address.\n---\n\nText.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal($"input/pages/{slug}.md", d.File);
        Assert.Contains($"the page address '/{slug}/' is reserved", d.Message);
    }

    [Fact]
    public void A_page_may_take_any_other_address()
    {
        var result = new TestSite().With("pages/feedback.md", "---\ntitle: Feedback\nsummary: How to tell us.\n---\n\nText.\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("feedback/index.html", result.Paths);
    }
}
