using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

public sealed class TermPreviewTests
{
    private static readonly Dictionary<string, string> Summaries = new()
    {
        ["/glossary/medical-necessity/"] = "A short summary of Medical Necessity.",
        ["/glossary/prior-authorization/"] = "A short summary of Prior Authorization.",
        ["/glossary/external-review/"] = "A short summary of External Review.",
        ["/glossary/iop/"] = "A short summary of Intensive Outpatient Program.",
    };

    [Fact]
    public void Every_link_to_an_entry_on_every_page_carries_that_entrys_summary()
    {
        var checkedLinks = 0;
        // The letters' pages of /network/ write plain links: a letter's page of 100 pages would otherwise carry a summary
        // for each of its ~1,200 links (NetworkLetterPagesTests holds them to that).
        foreach (var file in FixtureBuild.Result.Files.Where(f => f.Path.EndsWith(".html") && !NetworkLetterPage(f.Path)))
        {
            var page = FixtureBuild.Result.Document(file.Path);
            foreach (var link in page.QuerySelectorAll("main a[href^='/glossary/']"))
            {
                var href = link.GetAttribute("href")!.Split('#')[0];
                if (!Summaries.TryGetValue(href, out var summary)) continue;
                var id = link.GetAttribute("aria-describedby");
                Assert.False(id is null, $"{file.Path}: {link.OuterHtml} has no aria-describedby");
                Assert.Equal(summary, page.GetElementById(id)?.TextContent);
                Assert.Null(link.GetAttribute("title"));
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 15, $"only {checkedLinks} term links checked");
    }

    private static bool NetworkLetterPage(string path) => path.StartsWith("network/", StringComparison.Ordinal) && path != "network/index.html";

    [Fact]
    public void Content_links_to_entries_are_term_links_and_others_are_not()
    {
        var prose = FixtureBuild.Result.Document("guides/appeals/index.html").QuerySelector(".prose")!;
        var link = prose.QuerySelector("a[href='/glossary/medical-necessity/']")!;
        Assert.Contains("term-link", link.ClassList);
        var about = FixtureBuild.Result.Document("glossary/medical-necessity/index.html").QuerySelector("a[href='/about/']")!;
        Assert.Null(about.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Each_summary_id_appears_once_per_page()
    {
        // The letters' pages of /network/ write plain links: a letter's page of 100 pages would otherwise carry a summary
        // for each of its ~1,200 links (NetworkLetterPagesTests holds them to that).
        foreach (var file in FixtureBuild.Result.Files.Where(f => f.Path.EndsWith(".html") && !NetworkLetterPage(f.Path)))
        {
            var ids = FixtureBuild.Result.Document(file.Path).QuerySelectorAll("[id^='term-']").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }
}
