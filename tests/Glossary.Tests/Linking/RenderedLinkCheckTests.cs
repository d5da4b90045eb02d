using System.Text;
using Glossary.Diagnostics;
using Glossary.Pipeline;
using Glossary.Rendering;
using Glossary.Tests.Support;
using Glossary.Theme;

namespace Glossary.Tests.Linking;

public sealed class RenderedLinkCheckTests
{
    [Fact]
    public void Broken_link_in_raw_html_points_at_the_source_line()
    {
        const string body = "\nSee <a href=\"/glossary/nowhere/\">this</a>.\n";
        var site = new TestSite().WithEntry("a", "Alpha", body);
        var d = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code);
        Assert.Equal(("input/glossary/a.md", TestSite.EntryLine("Alpha", body, "/glossary/nowhere/")), (d.File, d.Line));
        Assert.Contains("<a href=\"/glossary/nowhere/\"> on /glossary/a/index.html points to a file that is not written", d.Message);
    }

    [Fact]
    public void Missing_id_in_raw_html_link_is_reported()
    {
        var site = new TestSite().WithEntry("a", "Alpha", "\n<a href=\"/glossary/b/#nope\">b</a>\n").WithEntry("b", "Beta");
        var d = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code);
        Assert.Contains("'#nope', which is not an id on /glossary/b/index.html", d.Message);
    }

    [Theory]
    [InlineData("<a href=\"#nowhere\">x</a>", "<a href=\"#nowhere\">")]
    [InlineData("<a href=\"/glossary/a/#nowhere\">x</a>", "<a href=\"/glossary/a/#nowhere\">")]
    [InlineData("<span aria-describedby=\"later nowhere\">x</span>", "<span aria-describedby=\"#nowhere\">")]
    public void Missing_id_on_the_same_page_is_reported(string html, string element)
    {
        var body = $"\n{html}\n\n<p id=\"later\">Later.</p>\n";
        var site = new TestSite().WithEntry("a", "Alpha", body);
        var d = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code);
        Assert.Equal(("input/glossary/a.md", TestSite.EntryLine("Alpha", body, html)), (d.File, d.Line));
        Assert.Contains($"{element} on /glossary/a/index.html points to '#nowhere', which is not an id on /glossary/a/index.html", d.Message);
    }

    [Fact]
    public void Links_to_ids_later_on_the_same_page_or_on_another_page_pass()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", "\n<a href=\"#later\">x</a> <a href=\"/glossary/b/#there\">b</a> <span aria-describedby=\"later\">y</span>\n\n<p id=\"later\">Later.</p>\n")
            .WithEntry("b", "Beta", "\n<p id=\"there\">There.</p>\n");
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Navigation_link_to_a_missing_page_points_at_site_yml()
    {
        var yaml = TestSite.FixtureSiteYaml.Replace("url: /about/", "url: /abuot/");
        var site = TestSite.Fixture();
        site.SiteYaml = yaml;
        var d = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code);
        Assert.Equal("input/site.yml", d.File);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("url: /abuot/")) + 1, d.Line);
        Assert.Matches(@"on \d+ pages", d.Message);
    }

    [Fact]
    public void Broken_theme_link_names_the_page_and_the_element()
    {
        var pipeline = new SitePipeline(new BrokenFooterRenderer(), ThemeAssets.Load());
        var result = pipeline.Build(new TestSite().WithEntry("a", "Alpha").ToInput(), new BuildOptions());
        Assert.False(result.Succeeded);
        var d = result.Diagnostics.First(d => d.Code == DiagnosticCodes.BrokenRenderedLink);
        Assert.StartsWith("theme (page /", d.File);
        Assert.Contains("<img src=\"/assets/missing.png\">", d.Message);
    }

    [Fact]
    public void The_real_site_has_no_broken_rendered_links()
    {
        var result = Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(Glossary.IO.InputReader.Read(RepoPaths.Input), new BuildOptions());
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    /// <summary>The real theme, plus a broken image in every page, as a theme bug would add.</summary>
    private sealed class BrokenFooterRenderer : IPageRenderer
    {
        private readonly RazorPageRenderer _inner = new();

        public void Render(IReadOnlyList<PageView> views, Action<int, byte[]> consume) =>
            _inner.Render(views, (i, html) =>
                consume(i, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(html).Replace("</footer></body>", "<img src=\"/assets/missing.png\" alt=\"\"></footer></body>"))));
    }
}
