using System.Text;
using Glossary.Diagnostics;
using Glossary.Output;
using Glossary.Pipeline;
using Glossary.Rendering;
using Glossary.Tests.Support;
using Glossary.Theme;

namespace Glossary.Tests.Linking;

/// <summary>
/// Broken links seeded wherever a page gets its links: the theme (every page), the navigation (site.yml), content raw
/// HTML and the pages the generator makes (indexes, home, 404, redirects, search).
/// Both output checks (<see cref="OutputCheck.Fast"/>, which 'build' and 'serve' use, and <see cref="OutputCheck.Full"/>,
/// which 'check' and CI use) must catch every one, each pointing at its source, and report exactly the same.
/// </summary>
public sealed class SeededBrokenLinkTests
{
    private const string ContentBody = """

        See <a href="/glossary/nowhere/">nowhere</a>, <a href="/glossary/b/#nope">b</a>, <a href='#gone'>gone</a>
        and <span aria-describedby="later no-such-id">this</span>.
        <!-- <a href="/commented-out/">not a link</a> -->

        <p id="later">Later.</p>

        """;

    /// <summary>Pages the generator makes rather than content: each gets a broken link of its own.</summary>
    private static readonly Type[] GeneratedPages =
    [
        typeof(HomePageView), typeof(AzIndexPageView), typeof(CategoryPageView), typeof(CategoriesIndexPageView), typeof(GuidesIndexPageView),
        typeof(NotFoundPageView), typeof(RedirectPageView), typeof(SearchPageView), typeof(ThanksPageView),
    ];

    /// <summary>Each seed: a text its diagnostic's message holds, and the file it must point at ("theme" for the theme's).</summary>
    public static readonly TheoryData<OutputCheck, string, string> Seeds = Cases();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_check_catches_every_seeded_link_at_its_source(OutputCheck check, string message, string file)
    {
        // A missing id is reported per page (each names its page's ids), so a theme's shows on every page.
        var caught = Build(check).Where(d => d.Message.Contains(message, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(caught);
        Assert.All(caught, d => Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code));
        Assert.All(caught, d => Assert.StartsWith(file, d.File));
    }

    [Fact]
    public void The_fast_check_reports_exactly_what_the_full_check_reports()
    {
        var full = Build(OutputCheck.Full);
        Assert.All(full, d => Assert.Equal(DiagnosticCodes.BrokenRenderedLink, d.Code));
        Assert.Equal(full, Build(OutputCheck.Fast));
    }

    private static TheoryData<OutputCheck, string, string> Cases()
    {
        (string Message, string File)[] seeds =
        [
            ("<img src=\"/assets/missing.png\">", "theme"),
            ("<label for=\"#theme-missing-input\">", "theme"),
            ("<a href=\"/abuot/\">", "input/site.yml"),
            ("<a href=\"/glossary/nowhere/\">", "input/glossary/a.md"),
            ("<a href=\"/glossary/b/#nope\">", "input/glossary/a.md"),
            ("<a href=\"#gone\">", "input/glossary/a.md"),
            ("<span aria-describedby=\"#no-such-id\">", "input/glossary/a.md"),
            ("<a href=\"/glossary/encoded/\">", "theme"),
            .. GeneratedPages.Select(type => ($"<a href=\"/generated/{type.Name}/\">", "theme")),
        ];
        var data = new TheoryData<OutputCheck, string, string>();
        foreach (var check in new[] { OutputCheck.Fast, OutputCheck.Full })
            foreach (var (message, file) in seeds)
                data.Add(check, message, file);
        return data;
    }

    private static readonly Dictionary<OutputCheck, Lazy<List<Diagnostic>>> Built = new()
    {
        [OutputCheck.Fast] = new(() => BuildSeeded(OutputCheck.Fast)),
        [OutputCheck.Full] = new(() => BuildSeeded(OutputCheck.Full)),
    };

    private static List<Diagnostic> Build(OutputCheck check) => Built[check].Value;

    private static List<Diagnostic> BuildSeeded(OutputCheck check)
    {
        var site = TestSite.Fixture()
            .WithEntry("a", "Alpha", ContentBody, "redirect_from: [old-alpha]")
            .WithEntry("b", "Beta");
        site.SiteYaml = TestSite.FixtureSiteYaml.Replace("url: /about/", "url: /abuot/", StringComparison.Ordinal);
        var pipeline = new SitePipeline(new SeedingRenderer(), ThemeAssets.Load()) { OutputCheck = check };
        var result = pipeline.Build(site.ToInput(), new BuildOptions());
        return [.. result.Diagnostics.Where(d => d.IsError)];
    }

    /// <summary>The real theme with broken links a theme bug could add: on every page, and one more on each generated page.</summary>
    private sealed class SeedingRenderer : IPageRenderer
    {
        private readonly RazorPageRenderer _inner = new();

        public void Render(IReadOnlyList<PageView> views, Action<int, byte[]> consume) =>
            _inner.Render(views, (i, html) =>
            {
                var text = Encoding.UTF8.GetString(html);
                var generated = GeneratedPages.Contains(views[i].GetType()) ? $"<a href=/generated/{views[i].GetType().Name}/>x</a>" : "";
                var seeded = text.Replace("</body>",
                    $"<IMG\nSRC='/assets/missing.png' alt=\"\"><label For=\"theme-missing-input\">x</label><a href=\"/glossary/&#x65;ncoded/\">x</a>{generated}</body>", StringComparison.Ordinal);
                Assert.NotEqual(text, seeded);
                consume(i, Encoding.UTF8.GetBytes(seeded));
            });
    }
}
