using System.Text;
using Glossary.Content;
using Glossary.IO;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using Glossary.Theme;

namespace Glossary.Tests.Build;

/// <summary>
/// 'serve' rebuilds an edited file from the last good build (<see cref="SitePipeline.Update"/>). Whatever it skips,
/// the result must be the site a build from scratch makes of the same input, byte for byte.
/// </summary>
public sealed class IncrementalUpdateTests
{
    private const string Entry = "glossary/external-review.md";
    private const string Report = "guides/long-term-psychotherapy-coverage.md";

    private static readonly SitePipeline Pipeline = new(new RazorPageRenderer(), ThemeAssets.Load());
    private static readonly Lazy<(SiteInput Input, BuildResult Result)> Baseline = new(() =>
    {
        var input = InputReader.Read(RepoPaths.Input, useGitDates: false);
        return (input, Pipeline.Build(input, new BuildOptions()));
    });

    private static string Original => Encoding.UTF8.GetString(Baseline.Value.Input.Files.Single(f => f.RelativePath == Entry).Bytes);

    private static (BuildResult? Update, BuildResult Full) Edit(string newText) => Edit(Entry, _ => newText);

    private static (BuildResult? Update, BuildResult Full) Edit(string file, Func<string, string> edit)
    {
        var (input, result) = Baseline.Value;
        Assert.True(result.Succeeded);
        var old = input.Files.Single(f => f.RelativePath == file);
        var changed = old with { Bytes = Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(old.Bytes))) };
        var editedInput = input with { Files = [.. input.Files.Select(f => f.RelativePath == file ? changed : f)] };
        return (Pipeline.Update(result.State!, changed, new BuildOptions()), Pipeline.Build(editedInput, new BuildOptions()));
    }

    [Fact]
    public void A_body_edit_gives_the_same_site_as_a_full_build_and_renders_only_the_page_and_search_shards()
    {
        var (update, full) = Edit(Original.Replace("## Deadlines", "A reviewer writes a decision letter.\n\n## Deadlines"));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("glossary/external-review/index.html", update.ChangedPaths);
        Assert.DoesNotContain(update.ChangedPaths, p => p.EndsWith(".html", StringComparison.Ordinal) && p != "glossary/external-review/index.html");
        Assert.Contains(update.ChangedPaths, p => p.StartsWith("search/index/w-", StringComparison.Ordinal));
        var page = Html.Parse(Encoding.UTF8.GetString(update.Files.Single(f => f.Path == "glossary/external-review/index.html").Content));
        Assert.Contains("A reviewer writes a decision letter.", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Adding_and_removing_links_updates_backlinks_and_related_terms_as_a_full_build_would()
    {
        var edited = Original
            .Replace("[internal appeal](internal-appeal.md)", "internal appeal")
            .Replace("## Deadlines", "Ask about [[cancellation policy|fees for missed sessions]] too.\n\n## Deadlines");
        var (update, full) = Edit(edited);

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("glossary/cancellation-policy/index.html", update.ChangedPaths);
        var target = Html.Parse(Encoding.UTF8.GetString(update.Files.Single(f => f.Path == "glossary/cancellation-policy/index.html").Content));
        Assert.Contains(target.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/glossary/external-review/");
    }

    [Fact]
    public void A_new_plain_mention_of_a_term_is_auto_linked_and_counted_as_a_backlink_as_a_full_build_would()
    {
        var (update, full) = Edit(Original.Replace("## Examples", "## Examples\n\nThe plan may also ask for a no-show fee.\n"));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        var page = Html.Parse(Encoding.UTF8.GetString(update.Files.Single(f => f.Path == "glossary/external-review/index.html").Content));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.TextContent == "no-show fee");
    }

    [Fact]
    public void A_renamed_heading_that_another_page_links_to_fails_like_a_full_build()
    {
        // A baseline in which another entry links to the heading about to be renamed.
        var (input, _) = Baseline.Value;
        var linking = input.Files.Single(f => f.RelativePath == "glossary/internal-appeal.md");
        var withAnchorLink = linking with
        {
            Bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(linking.Bytes) + "\nSee the [external review deadlines](external-review.md#deadlines).\n"),
        };
        var baselineInput = input with { Files = [.. input.Files.Select(f => f == linking ? withAnchorLink : f)] };
        var baseline = Pipeline.Build(baselineInput, new BuildOptions());
        Assert.True(baseline.Succeeded);

        var entry = input.Files.Single(f => f.RelativePath == Entry);
        var renamed = entry with { Bytes = Encoding.UTF8.GetBytes(Original.Replace("## Deadlines", "## Time limits")) };
        var update = Pipeline.Update(baseline.State!, renamed, new BuildOptions());
        var full = Pipeline.Build(baselineInput with { Files = [.. baselineInput.Files.Select(f => f.RelativePath == Entry ? renamed : f)] }, new BuildOptions());

        Assert.NotNull(update);
        Assert.False(update.Succeeded);
        var error = Assert.Single(full.Diagnostics, d => d.IsError);
        Assert.EndsWith("input/glossary/internal-appeal.md", error.File);
        Assert.Equal([error], update.Diagnostics.Where(d => d.IsError));
    }

    [Fact]
    public void A_parse_error_fails_with_its_cause_and_no_files()
    {
        var (update, full) = Edit(Original.Replace("title: External Review", "title: [External Review"));

        Assert.NotNull(update);
        Assert.False(update.Succeeded);
        Assert.Empty(update.Files);
        // Both name the cause alone: the entry is still known by its slug and aliases, so links to it do not fail too.
        var error = Assert.Single(update.Diagnostics, d => d.IsError);
        Assert.Equal("GL0101", error.Code);
        Assert.Equal([error], full.Diagnostics.Where(d => d.IsError));
    }

    /// <summary>
    /// A summary shows on many pages: previews on pages linking to it, related-term lists, guides naming it, the A–Z
    /// index, its categories, the home page, the feed, search excerpts, pages at its old addresses.
    /// </summary>
    [Theory]
    [InlineData("glossary/external-review.md")]
    [InlineData("glossary/cancellation-policy.md")] // has an old address (redirect_from) and guides naming it
    [InlineData("glossary/medical-necessity.md")] // listed as related, named in a report's key findings
    [InlineData("guides/missed-sessions-and-no-show-fees.md")]
    [InlineData(Report)] // listed under "Referenced in" of the terms its key findings name
    [InlineData("pages/about.md")]
    public void A_summary_edit_updates_every_page_that_shows_it_as_a_full_build_would(string file)
    {
        var (update, full) = Edit(file, text => text.Replace("\nsummary: ", "\nsummary: Newly ", StringComparison.Ordinal));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains(update.ChangedPaths, p => p != "feed.xml" && !p.StartsWith("search/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The explain data file holds each term's summary and the id of its "What you can do" heading, and is named by what
    /// it holds; the explain page names it. An edit to either moves the file, and renders the page again.
    /// </summary>
    [Theory]
    [InlineData("\nsummary: ", "\nsummary: Newly ")]
    [InlineData("## Deadlines", "### What you can do\n\nAsk for the decision in writing.\n\n## Deadlines")] // the section's id becomes what-you-can-do-1
    public void An_edit_to_what_the_explain_data_holds_moves_it_and_renders_the_explain_page_again_as_a_full_build_would(string from, string to)
    {
        var (update, full) = Edit(Original.Replace(from, to, StringComparison.Ordinal));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("explain/index.html", update.ChangedPaths);
        var moved = Assert.Single(update.RemovedPaths, p => p.StartsWith("explain/", StringComparison.Ordinal));
        Assert.Single(update.ChangedPaths, p => p.StartsWith("explain/en.", StringComparison.Ordinal) && p != moved);
    }

    [Theory]
    [InlineData("title: External Review", "title: External Reviews")]
    [InlineData("aliases: [independent review, IRO review]", "aliases: [independent review]")]
    [InlineData("categories: [Insurance]", "categories: [Insurance, Healthcare]")]
    public void An_edit_to_what_other_pages_show_asks_for_a_full_build(string from, string to)
    {
        Assert.Contains(from, Original);
        var (update, _) = Edit(Original.Replace(from, to));
        Assert.Null(update);
    }

    private static IEnumerable<string?> ReferencedIn(BuildResult result, string slug) =>
        Html.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == $"glossary/{slug}/index.html").Content))
            .QuerySelectorAll("#page-referenced-in ~ ul a").Select(a => a.GetAttribute("href"));

    [Fact]
    public void A_body_edit_to_a_report_keeps_it_under_the_terms_its_findings_name_as_a_full_build_would()
    {
        // The body stops linking to one term a finding names; another (utilization review) only a finding names.
        var (update, full) = Edit(Report, text => text.Replace("[diagnosis code](../glossary/diagnosis-code.md)", "code", StringComparison.Ordinal));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("/guides/long-term-psychotherapy-coverage/", ReferencedIn(update, "diagnosis-code"));
        Assert.Contains("/guides/long-term-psychotherapy-coverage/", ReferencedIn(update, "utilization-review"));
    }

    [Fact]
    public void An_edit_to_the_terms_a_finding_names_lists_the_report_under_the_new_term_as_a_full_build_would()
    {
        var (update, full) = Edit(Report, text => text.Replace("terms: [diagnosis-code]", "terms: [diagnosis-code, cancellation-policy]", StringComparison.Ordinal));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("/guides/long-term-psychotherapy-coverage/", ReferencedIn(update, "cancellation-policy"));
    }

    [Fact]
    public void A_relationship_added_to_a_report_remakes_the_figures_of_both_its_entries_their_letters_pages_and_their_edge_shards_as_a_full_build_would()
    {
        // An edge between two other pages: neither 'from' nor 'to' is the edited report, so only recorded reads of connections find them.
        var relationship = Network.RelationshipFrontMatterTests.RelationshipYaml("telehealth", "cancellation-policy", label: "fees for missed video sessions");
        var (update, full) = Edit(Report, text => text.Replace("\nrelationships:\n", "\n" + relationship + "\n", StringComparison.Ordinal));

        Assert.NotNull(update);
        SiteAssert.Same(full, update);
        Assert.Contains("glossary/telehealth/index.html", update.ChangedPaths);
        Assert.Contains("glossary/cancellation-policy/index.html", update.ChangedPaths);
        Assert.Contains("network/t/index.html", update.ChangedPaths);
        Assert.Contains("network/c/index.html", update.ChangedPaths);
        Assert.DoesNotContain("network/index.html", update.ChangedPaths); // it lists the letters only
        Assert.Contains(update.ChangedPaths, p => p.StartsWith("network/data/e-", StringComparison.Ordinal));
        Assert.DoesNotContain("network/data/nodes.json", update.ChangedPaths);
        var page = Html.Parse(Encoding.UTF8.GetString(update.Files.Single(f => f.Path == "glossary/telehealth/index.html").Content));
        Assert.Contains("fees for missed video sessions", page.QuerySelector("main")!.TextContent);
    }

    /// <summary>
    /// A translation is a site of its own with its own network: an edit to a Spanish file builds the whole site, whose
    /// Spanish figures and graph have the new link, while an English edit (every case above, on the real site with its
    /// Spanish twins) leaves the Spanish network's files as a full build makes them.
    /// </summary>
    [Fact]
    public void A_Spanish_edit_that_adds_a_link_asks_for_a_full_build_whose_Spanish_network_has_the_new_connection()
    {
        const string spanish = "es/glossary/group-therapy.md";
        string Figure(BuildResult result, string slug) => Html.Parse(Encoding.UTF8.GetString(
            result.Files.Single(f => f.Path == $"es/glossary/{slug}/index.html").Content)).QuerySelector(".network-figure")!.OuterHtml;
        Assert.DoesNotContain("/es/glossary/external-review/", Figure(Baseline.Value.Result, "group-therapy"), StringComparison.Ordinal);

        var (update, full) = Edit(spanish, text => text.Replace("## Conclusión",
            "Si el plan niega la terapia de grupo, puede pedir una [[external-review|revisión externa]].\n\n## Conclusión", StringComparison.Ordinal));

        Assert.Null(update);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Contains("/es/glossary/external-review/", Figure(full, "group-therapy"), StringComparison.Ordinal);
        Assert.Contains("/es/glossary/group-therapy/", Figure(full, "external-review"), StringComparison.Ordinal);
        Assert.NotEqual(Baseline.Value.Result.Files.Single(f => f.Path == "es/network/data/e-0.json").Content, full.Files.Single(f => f.Path == "es/network/data/e-0.json").Content);
    }

    [Fact]
    public void A_new_file_asks_for_a_full_build()
    {
        var (_, result) = Baseline.Value;
        var added = new SourceFile("glossary/new-term.md", "input/glossary/new-term.md", Encoding.UTF8.GetBytes(TestSite.Entry("New Term")));
        Assert.Null(Pipeline.Update(result.State!, added, new BuildOptions()));
    }
}
