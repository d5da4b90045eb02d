using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

public sealed class RelatedTermsTests
{
    private static List<string> RelatedOn(Glossary.Pipeline.BuildResult result, string slug) =>
        [.. result.Document($"glossary/{slug}/index.html").QuerySelectorAll("#page-related ~ ul a").Select(a => a.TextContent)];

    [Fact]
    public void Explicit_related_come_first_then_computed_by_score_then_title()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", "\n[d](d.md) [c](c.md)\n", "related: [z]")
            .WithEntry("z", "Zulu", "", "related: [a]")
            .WithEntry("c", "Charlie")
            .WithEntry("d", "Delta", "\n[a](a.md)\n")
            .WithEntry("e", "Echo", "\n[a](a.md) [c](c.md)\n")
            .With("glossary/f.md", TestSite.Entry("Foxtrot").Replace("categories: [Insurance]", "categories: [Finance]"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Zulu: explicit. Delta: links both ways (3+3) + shared category. Charlie: linked (3) + co-cited by Echo (2) + category.
        // Echo: links here (3) + shares a link to Charlie (1) + category. Foxtrot: other category, so never.
        Assert.Equal(["Zulu", "Delta", "Charlie", "Echo"], RelatedOn(result, "a").Take(4));
        Assert.DoesNotContain("Foxtrot", RelatedOn(result, "a"));
    }

    [Fact]
    public void At_most_five_and_filled_from_the_same_category()
    {
        var site = new TestSite();
        foreach (var name in new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Golf", "Hotel" })
            site.WithEntry(name.ToLowerInvariant(), name);
        var result = site.Build();
        Assert.Equal(["Bravo", "Charlie", "Delta", "Echo", "Golf"], RelatedOn(result, "alpha"));
    }

    [Fact]
    public void Related_order_is_deterministic_across_builds()
    {
        var a = TestSite.Fixture().Build().Page("glossary/iop/index.html");
        var b = TestSite.Fixture().Build().Page("glossary/iop/index.html");
        Assert.Equal(a, b);
    }

    [Fact]
    public void One_way_related_is_a_warning_at_the_item()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", extraFrontMatter: "related: [Beta]")
            .WithEntry("b", "Beta");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(DiagnosticCodes.OneWayRelated, d.Code);
        var text = TestSite.Entry("Alpha", extraFrontMatter: "related: [Beta]");
        Assert.Equal(("input/glossary/a.md", FixtureText.LineOf(text, "related:"), FixtureText.ColumnOf(text, "Beta")), (d.File, d.Line, d.Column));
        Assert.Contains("input/glossary/b.md does not list 'Alpha' back", d.Message);
        Assert.False(site.Build(new Glossary.Pipeline.BuildOptions(Strict: true)).Succeeded);
    }
}
