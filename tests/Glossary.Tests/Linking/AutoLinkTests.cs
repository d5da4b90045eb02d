using AngleSharp.Dom;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

public sealed class AutoLinkTests
{
    private static TestSite Site(string guideBody, string guideFrontMatter = "", string iopFrontMatter = "") => new TestSite()
        .WithEntry("medical-necessity", "Medical Necessity", "", "aliases: [medically necessary]")
        .WithEntry("iop", "Intensive Outpatient Program", "", "aliases: [IOP]\n" + iopFrontMatter)
        .With("guides/g.md", $"""
            ---
            title: Guide
            summary: A guide.
            {guideFrontMatter}
            ---

            {guideBody}
            """);

    private static IElement Prose(Glossary.Pipeline.BuildResult result, string path = "guides/g/index.html")
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document(path).QuerySelector(".prose")!;
    }

    private static List<(string Text, string Href)> Links(IElement prose) =>
        [.. prose.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href")!))];

    [Fact]
    public void First_mention_in_each_section_is_linked_once()
    {
        var prose = Prose(Site("Medical necessity matters. Medical necessity again.\n\n## Next\n\nAsk about medical necessity here.").Build());
        Assert.Equal(
            [("Medical necessity", "/glossary/medical-necessity/"), ("medical necessity", "/glossary/medical-necessity/")],
            Links(prose));
    }

    [Fact]
    public void Titles_match_in_any_case_but_abbreviations_only_exactly()
    {
        var prose = Prose(Site("Our iop helps. The IOP meets daily.\n\n## More\n\nAn INTENSIVE OUTPATIENT PROGRAM.").Build());
        Assert.Equal([("IOP", "/glossary/iop/"), ("INTENSIVE OUTPATIENT PROGRAM", "/glossary/iop/")], Links(prose));
    }

    [Fact]
    public void Longest_name_wins_and_whole_words_only()
    {
        var prose = Prose(Site("Not medically necessaryish. But medically necessary care.").Build());
        Assert.Equal([("medically necessary", "/glossary/medical-necessity/")], Links(prose));
    }

    [Fact]
    public void Headings_code_existing_links_and_html_are_left_alone()
    {
        var prose = Prose(Site("""
            ## About the IOP

            Use `IOP` in code, [the IOP program](../glossary/iop.md) here, and <span>IOP</span> in HTML.

                IOP in a code block
            """).Build());
        Assert.Equal([("the IOP program", "/glossary/iop/")], Links(prose));
        Assert.Empty(prose.QuerySelectorAll("h2 a"));
    }

    [Fact]
    public void A_page_never_links_to_its_own_term()
    {
        var result = new TestSite().WithEntry("iop", "Intensive Outpatient Program", "\nAn IOP is an intensive outpatient program.\n", "aliases: [IOP]").Build();
        Assert.Empty(Links(Prose(result, "glossary/iop/index.html")));
    }

    [Fact]
    public void Opting_out_per_page_and_per_term()
    {
        Assert.Empty(Links(Prose(Site("The IOP and medical necessity.", guideFrontMatter: "autolink: false").Build())));
        Assert.Equal([("medical necessity", "/glossary/medical-necessity/")],
            Links(Prose(Site("The IOP and medical necessity.", iopFrontMatter: "autolink: false").Build())));
    }

    [Fact]
    public void Pages_are_never_auto_linked_but_their_own_links_stay()
    {
        const string body = "The IOP and medical necessity.\n\n## More\n\nAn intensive outpatient program, and [[Medical Necessity|the rule]].\n";
        var result = Site(body).With("pages/about.md", $"---\ntitle: About\nsummary: About us.\n---\n\n{body}").Build();
        // The same text in a guide is linked; in a page only the wikilink its editor wrote is.
        Assert.Equal(4, Links(Prose(result)).Count);
        Assert.Equal([("the rule", "/glossary/medical-necessity/")], Links(Prose(result, "about/index.html")));
        var referencedIn = result.Document("glossary/iop/index.html").QuerySelectorAll("#page-referenced-in ~ ul a").Select(a => a.TextContent);
        Assert.DoesNotContain("About", referencedIn);
    }

    [Fact]
    public void Automatic_links_count_as_backlinks()
    {
        var result = Site("Ask about medical necessity.").Build();
        var referencedIn = result.Document("glossary/medical-necessity/index.html").QuerySelectorAll("#page-referenced-in ~ ul a").Select(a => a.TextContent);
        Assert.Contains("Guide", referencedIn);
    }

    private static TestSite Terms(params string[] titles)
    {
        var site = new TestSite();
        foreach (var title in titles) site.WithEntry(title.ToLowerInvariant().Replace(' ', '-'), title);
        return site;
    }

    [Fact]
    public void An_entry_links_a_term_at_its_first_mention_only_not_once_per_section()
    {
        var result = Terms("Appeal", "Claim").WithEntry("denial", "Denial",
            "\nAn appeal follows a denial of a claim.\n\n## More\n\nFile an appeal. Keep the claim.\n").Build();
        Assert.Equal([("appeal", "/glossary/appeal/"), ("claim", "/glossary/claim/")],
            Links(Prose(result, "glossary/denial/index.html")));
    }

    [Fact]
    public void A_paragraph_gets_at_most_three_links_and_a_term_left_out_is_linked_at_its_next_mention()
    {
        var result = Terms("Appeal", "Claim", "Deductible", "Copay", "Network").WithEntry("denial", "Denial",
            "\nAppeal the claim, the deductible, the copay and the network.\n\nCheck your network.\n").Build();
        var paragraphs = Prose(result, "glossary/denial/index.html").QuerySelectorAll("p");
        string[] LinksIn(string start) => [.. paragraphs.Single(p => p.TextContent.StartsWith(start, StringComparison.Ordinal)).QuerySelectorAll("a").Select(a => a.TextContent)];
        Assert.Equal(["Appeal", "claim", "deductible"], LinksIn("Appeal the claim"));
        Assert.Equal(["network"], LinksIn("Check your network"));
    }

    [Fact]
    public void Explicit_links_are_never_dropped_even_past_the_budget_and_use_it_up_first()
    {
        var result = Terms("Appeal", "Claim", "Deductible", "Copay", "Network").WithEntry("denial", "Denial",
            "\n[[Appeal]] the [claim](claim.md), [[deductible|what you pay first]], [the copay](/glossary/copay/) and the network.\n").Build();
        Assert.Equal(
            [("Appeal", "/glossary/appeal/"), ("claim", "/glossary/claim/"), ("what you pay first", "/glossary/deductible/"), ("the copay", "/glossary/copay/")],
            Links(Prose(result, "glossary/denial/index.html")));
    }

    [Fact]
    public void Two_links_never_stand_side_by_side()
    {
        var result = Terms("Appeal", "Claim", "Network").WithEntry("denial", "Denial",
            "\nAppeal claim rules. See [[Network]] claim. Then claim again.\n").Build();
        // "claim" right after the automatic "Appeal" and right after the explicit "Network" is skipped; its third mention is linked.
        var prose = Prose(result, "glossary/denial/index.html");
        Assert.Equal(["Appeal", "Network", "claim"], prose.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Contains("Then <a", prose.InnerHtml);
    }
}
