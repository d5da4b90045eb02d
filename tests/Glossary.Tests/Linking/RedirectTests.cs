using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

public sealed class RedirectTests
{
    [Fact]
    public void Redirect_from_writes_a_netlify_rule_and_a_fallback_page()
    {
        var result = new TestSite().WithEntry("prior-authorization", "Prior Authorization", extraFrontMatter: "redirect_from: [preauthorization, /old/pa/]").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rules = result.Page("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(["/glossary/preauthorization/ /glossary/prior-authorization/ 301", "/old/pa/ /glossary/prior-authorization/ 301"], rules);

        var page = result.Document("glossary/preauthorization/index.html");
        Assert.Equal("https://example.org/glossary/prior-authorization/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("0; url=/glossary/prior-authorization/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("/glossary/prior-authorization/", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.DoesNotContain("preauthorization", result.Page("sitemap.xml"));
    }

    [Fact]
    public void Redirect_over_a_real_page_is_an_error()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", extraFrontMatter: "redirect_from: [b]")
            .WithEntry("b", "Beta");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.RedirectCollision);
        Assert.Equal("input/glossary/a.md", d.File);
        Assert.Equal(TestSite.EntryLine("Alpha", "", "redirect_from:", "redirect_from: [b]"), d.Line);
        Assert.Contains("would replace the real page /glossary/b/", d.Message);
    }

    [Fact]
    public void The_same_old_address_claimed_twice_is_an_error()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", extraFrontMatter: "redirect_from: [old]")
            .WithEntry("b", "Beta", extraFrontMatter: "redirect_from: [old]");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.RedirectCollision);
        Assert.Equal("input/glossary/b.md", d.File);
        Assert.Contains("also claimed by input/glossary/a.md", d.Message);
    }
}
