using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Rendering;

/// <summary>The crisis-help note: configured once in site.yml, shown by category or front-matter flag, once, near the top.</summary>
public sealed class CrisisCalloutTests
{
    private const string Callout = """

        crisis_callout:
          heading: In crisis?
          text: Call or text 988 at any time.
          phone: "988"
          link:
            title: About 988
            url: /about/
          categories: [Healthcare]
        """;

    private static TestSite Site(string callout = Callout) => new TestSite { SiteYaml = TestSite.DefaultSiteYaml + callout }
        .With("glossary/therapy.md", Entry("Therapy", "categories: [Healthcare]"))
        .With("glossary/copay.md", Entry("Copay", "categories: [Finance]"))
        .With("glossary/flagged.md", Entry("Flagged", "categories: [Finance]\ncrisis_callout: true"))
        .With("glossary/opted-out.md", Entry("Opted Out", "categories: [Healthcare]\ncrisis_callout: false"))
        .With("guides/care.md", "---\ntitle: Care guide\nsummary: S.\ncategories: [Healthcare]\n---\n\nIntro paragraph.\n\n## Step\n\nText.\n")
        .With("pages/about.md", "---\ntitle: About\nsummary: S.\n---\n\nAbout us.\n");

    private static string Entry(string title, string frontMatter)
    {
        var text = TestSite.Entry(title);
        Assert.Contains("categories: [Insurance]", text);
        return text.Replace("categories: [Insurance]", frontMatter);
    }

    [Theory]
    [InlineData("glossary/therapy/index.html", true)]
    [InlineData("guides/care/index.html", true)]
    [InlineData("glossary/flagged/index.html", true)]
    [InlineData("glossary/copay/index.html", false)]
    [InlineData("glossary/opted-out/index.html", false)]
    [InlineData("about/index.html", false)]
    [InlineData("index.html", false)]
    public void Shows_on_pages_in_its_categories_or_flagged_and_nowhere_else(string path, bool shown)
    {
        var result = Site().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var callouts = result.Document(path).QuerySelectorAll(".crisis-callout");
        Assert.Equal(shown ? 1 : 0, callouts.Length);
    }

    [Fact]
    public void Sits_after_the_title_and_before_the_body_with_call_text_and_link()
    {
        var page = Site().Build().Document("glossary/therapy/index.html");
        var callout = page.QuerySelector("article > .crisis-callout")!;
        Assert.Equal("HEADER", callout.PreviousElementSibling!.TagName);
        Assert.Contains("prose", callout.NextElementSibling!.ClassList);
        var heading = page.GetElementById(callout.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("In crisis?", heading.TextContent);
        Assert.Contains("Call or text 988 at any time.", callout.TextContent);
        var hrefs = callout.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Call 988", "tel:988"), ("Text 988", "sms:988"), ("About 988", "/about/")], hrefs);
    }

    [Fact]
    public void Its_link_carries_the_base_path()
    {
        var site = Site().Build(new Glossary.Pipeline.BuildOptions(BaseUrlOverride: "https://example.org/sub/"));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var link = site.Document("glossary/therapy/index.html").QuerySelector(".crisis-callout a[href$='/about/']")!;
        Assert.Equal("/sub/about/", link.GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_category_is_an_error_at_its_line_with_a_did_you_mean()
    {
        var callout = Callout.Replace("categories: [Healthcare]", "categories: [Helthcare]");
        var result = Site(callout).Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.InvalidValue);
        var yaml = (TestSite.DefaultSiteYaml + callout).Split('\n');
        Assert.Equal(Array.FindIndex(yaml, l => l.Contains("categories: [Helthcare]")) + 1, d.Line);
        Assert.Contains("did you mean 'Healthcare'", d.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_phone_that_is_not_a_number_is_an_error()
    {
        var result = Site(Callout.Replace("phone: \"988\"", "phone: call us")).Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.InvalidValue);
        Assert.Contains("'call us'", d.Message);
    }

    [Fact]
    public void Without_the_setting_no_page_shows_a_callout()
    {
        var result = Site("").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Document("glossary/therapy/index.html").QuerySelectorAll(".crisis-callout"));
    }
}
