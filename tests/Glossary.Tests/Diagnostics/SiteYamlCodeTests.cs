using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>Failing inputs for the codes about site.yml itself; each test checks the code, file, line and message.</summary>
public sealed class SiteYamlCodeTests
{
    [Fact]
    public void GL0007_a_missing_site_yml()
    {
        var d = Single(new TestSite { SiteYaml = null }.WithEntry("a", "Alpha").Build(), DiagnosticCodes.MissingSiteConfig);
        At(d, "input/site.yml", 0, "site.yml is missing");
        Assert.Contains("create input/site.yml with at least 'title:' and 'base_url:'", d.Hint);
    }

    [Theory]
    [InlineData("  - name: Health Insurance\n    slug: insurance\n", "slug: insurance", "Insurance")]
    [InlineData("  - name: Finance\n", "name: Finance", "Finance")]
    public void GL0108_two_categories_with_one_slug_point_at_the_second(string category, string at, string first)
    {
        var yaml = TestSite.DefaultSiteYaml + "\n" + category;
        var d = Single(new TestSite { SiteYaml = yaml }.WithEntry("a", "Alpha").Build(), DiagnosticCodes.DuplicateCategorySlug);
        At(d, "input/site.yml", FixtureText.LastLineOf(yaml, at), $"is already used by the category '{first}'");
        Assert.Contains($"category slug '{first.ToLowerInvariant()}'", d.Message);
    }

    [Fact]
    public void GL0101_malformed_site_yml()
    {
        var site = new TestSite { SiteYaml = "title: x\n  base_url: : :\n" };
        var d = Single(site.Build(), DiagnosticCodes.MalformedYaml);
        Assert.Equal("input/site.yml", d.File);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void GL0501_a_script_url_in_site_navigation_points_at_site_yml()
    {
        var site = new TestSite();
        site.SiteYaml += "\nnavigation:\n  - title: Help\n    url: javascript:alert(1)\n";
        var d = Single(site.Build(), DiagnosticCodes.UnsafeHtml);
        Assert.Equal("input/site.yml", d.File);
        Assert.Equal(site.SiteYaml!.Split('\n').ToList().FindIndex(l => l.Contains("javascript:")) + 1, d.Line);
        Assert.Contains("navigation link 'Help' uses a script URL", d.Message);
    }
}
