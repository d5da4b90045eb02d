using Glossary.Diagnostics;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>Links on a site published below a host's root (base_url https://example.org/sub/).</summary>
public sealed class BasePathLinkTests
{
    private static TestSite Site(string baseUrl, string body) => new TestSite
    {
        SiteYaml = TestSite.DefaultSiteYaml.Replace("base_url: https://example.org/", $"base_url: {baseUrl}"),
    }.WithEntry("a", "Alpha", "\n" + body + "\n").WithEntry("b", "Beta");

    [Fact]
    public void A_relative_link_in_raw_html_starts_from_the_page_under_the_base_path()
    {
        var result = Site("https://example.org/sub/", "See <a href=\"../b/\">Beta</a>.").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("../b/", result.Document("glossary/a/index.html").QuerySelector("main a[href='../b/']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_broken_relative_link_in_raw_html_under_the_base_path_is_reported()
    {
        var d = Assert.Single(Site("https://example.org/sub/", "See <a href=\"../nowhere/\">it</a>.").Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code);
        Assert.Contains("<a href=\"../nowhere/\"> on /glossary/a/index.html points to a file that is not written", d.Message);
    }

    [Theory]
    [InlineData("[Beta](/glossary/b/)")]
    [InlineData("[Beta](/glossary/glossary/b/)")]
    [InlineData("[Beta](../b/)")]
    [InlineData("[Beta](b.md)")]
    public void A_site_path_is_found_whether_written_with_the_base_path_or_not(string markdown)
    {
        // The base path is also the first segment of the glossary's addresses: "/glossary/b/" is a page of the site.
        var result = Site("https://example.org/glossary/", markdown).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("/glossary/glossary/b/", result.Document("glossary/a/index.html").QuerySelector("main .prose a")?.GetAttribute("href"));
    }
}
