using Glossary.Linking;

namespace Glossary.Tests.Linking;

/// <summary>
/// The rules of the site's addresses (<see cref="SiteUrl"/>), one case a line: what kind of address a link holds,
/// where a path leads from a page, the base path, and which written file a path names.
/// </summary>
public sealed class SiteUrlTests
{
    [Theory]
    [InlineData("", UrlKind.SamePage)]
    [InlineData("#deadlines", UrlKind.SamePage)]
    [InlineData("/glossary/iop/", UrlKind.SitePath)]
    [InlineData("/", UrlKind.SitePath)]
    [InlineData("iop.md", UrlKind.Relative)]
    [InlineData("../guides/appeals.md#step-one", UrlKind.Relative)]
    [InlineData("./a:b", UrlKind.Relative)]
    [InlineData("chart.png", UrlKind.Relative)]
    [InlineData("?q=iop", UrlKind.Relative)]
    [InlineData("https://www.cms.gov/nosurprises", UrlKind.External)]
    [InlineData("HTTP://WWW.CMS.GOV/", UrlKind.External)]
    [InlineData("//www.cms.gov/nosurprises", UrlKind.External)]
    [InlineData("mailto:help@example.org", UrlKind.External)]
    [InlineData("tel:+18005551234", UrlKind.External)]
    [InlineData("http://", UrlKind.Malformed)]
    [InlineData("//", UrlKind.Malformed)]
    [InlineData("https:///rules", UrlKind.Malformed)]
    [InlineData("http:rules", UrlKind.Malformed)]
    [InlineData("http:/rules", UrlKind.Malformed)]
    [InlineData("https:?x", UrlKind.Malformed)]
    [InlineData("https://exa mple.org/", UrlKind.Malformed)]
    [InlineData("htp//:example.org", UrlKind.Relative)]
    [InlineData("see:this page", UrlKind.External)]
    public void Kind(string url, UrlKind kind) => Assert.Equal(kind, SiteUrl.KindOf(url));

    [Theory]
    [InlineData("iop.md", "iop.md", null)]
    [InlineData("iop.md#deadlines", "iop.md", "deadlines")]
    [InlineData("/guides/appeals/#step%20one", "/guides/appeals/", "step one")]
    [InlineData("/search/?q=iop#results", "/search/", "results")]
    [InlineData("#", "", null)]
    [InlineData("page/#", "page/", null)]
    [InlineData("#a?b", "", "a?b")]
    public void Split(string url, string path, string? fragment) => Assert.Equal((path, fragment), SiteUrl.Split(url));

    [Theory]
    [InlineData("/glossary/iop/", "external-review/", "/glossary/iop/external-review/")]
    [InlineData("/glossary/iop/", "../external-review/", "/glossary/external-review/")]
    [InlineData("/glossary/iop/", "../../guides/appeals/", "/guides/appeals/")]
    [InlineData("/glossary/iop/", "..", "/glossary/")]
    [InlineData("/glossary/iop/", ".", "/glossary/iop/")]
    [InlineData("/glossary/iop/", "./", "/glossary/iop/")]
    [InlineData("/glossary/iop/", "../..", "/")]
    [InlineData("/glossary/iop/", "../../..", null)]
    [InlineData("/glossary/iop.md", "medical-necessity.md", "/glossary/medical-necessity.md")]
    [InlineData("/glossary/iop.md", "../guides/appeals.md", "/guides/appeals.md")]
    [InlineData("/glossary/iop/index.html", "../b/", "/glossary/b/")]
    [InlineData("/404.html", "glossary/", "/glossary/")]
    [InlineData("/glossary/iop/", "/guides/", "/guides/")]
    [InlineData("/glossary/iop/", "/a/../b/./c", "/b/c")]
    [InlineData("/glossary/iop/", "a//b", "/glossary/iop/a/b")]
    [InlineData("/glossary/iop/", "%2e%2e/x", "/glossary/x")]
    [InlineData("/glossary/", "my%20chart.png", "/glossary/my chart.png")]
    public void Resolve(string page, string path, string? expected) => Assert.Equal(expected, SiteUrl.Resolve(page, path));

    [Theory]
    [InlineData("/sub/glossary/", "/sub", "/glossary/")]
    [InlineData("/sub/", "/sub", "/")]
    [InlineData("/glossary/", "/sub", null)]
    [InlineData("/subway/", "/sub", null)]
    [InlineData("/glossary/", "", "/glossary/")]
    public void Without_base_path(string path, string basePath, string? expected) => Assert.Equal(expected, SiteUrl.WithoutBasePath(path, basePath));

    [Theory]
    [InlineData("", "/glossary/iop/", null, "/glossary/iop/")]
    [InlineData("/sub", "/glossary/iop/", "deadlines", "/sub/glossary/iop/#deadlines")]
    [InlineData("/sub", "/", "", "/sub/")]
    public void Href(string basePath, string path, string? fragment, string expected) => Assert.Equal(expected, SiteUrl.Href(basePath, path, fragment));

    [Theory]
    [InlineData("https://example.org/", "/glossary/", "https://example.org/glossary/")]
    [InlineData("https://example.org/sub/", "/feed.xml", "https://example.org/sub/feed.xml")]
    public void Absolute(string baseUrl, string path, string expected) => Assert.Equal(expected, SiteUrl.Absolute(baseUrl, path));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/glossary/iop/", "glossary/iop/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/assets/site.0123456789.css", "assets/site.0123456789.css")]
    public void File_of(string path, string file) => Assert.Equal(file, SiteUrl.FileOf(path));

    private static readonly HashSet<string> Written = ["index.html", "glossary/index.html", "glossary/iop/index.html", "feed.xml", "img/chart.png"];

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/glossary/iop/", "glossary/iop/index.html")]
    [InlineData("/glossary/iop", "glossary/iop/index.html")]
    [InlineData("/glossary/iop/index.html", "glossary/iop/index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/glossary", "glossary/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/img/chart.png", "img/chart.png")]
    [InlineData("/glossary/nothing/", null)]
    [InlineData("/feed.xml/", null)]
    public void Find_file(string path, string? file) => Assert.Equal(file, SiteUrl.FindFile(path, Written.Contains));

    private static readonly HashSet<string> Routes = ["/", "/glossary/", "/glossary/iop/", "/feed.xml", "/img/chart.png"];

    [Theory]
    [InlineData("/glossary/iop/", "/glossary/iop/")]
    [InlineData("/glossary/iop", "/glossary/iop/")]
    [InlineData("/glossary/iop/index.html", "/glossary/iop/")]
    [InlineData("/index.html", "/")]
    [InlineData("/feed.xml", "/feed.xml")]
    [InlineData("/img/chart.png", "/img/chart.png")]
    [InlineData("/glossary/nothing/", null)]
    public void Find_route(string path, string? route) => Assert.Equal(route, SiteUrl.FindRoute(path, Routes.Contains));
}
