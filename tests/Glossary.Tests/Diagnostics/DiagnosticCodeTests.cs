using System.Text;
using Glossary.Diagnostics;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Diagnostics;

/// <summary>Every diagnostic code has a failing input here; each test checks the code, file, line and message.</summary>
public sealed class DiagnosticCodeTests
{
    private static Diagnostic Single(BuildResult result, string code) => DiagnosticAssert.Single(result, code);

    private static void AssertAt(Diagnostic d, string file, int line, string messagePart) => DiagnosticAssert.At(d, file, line, messagePart);

    [Fact]
    public void GL0001_invalid_utf8_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes(TestSite.Entry("Broken")).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        var d = Single(new TestSite().With("glossary/broken.md", bytes).Build(), DiagnosticCodes.InvalidUtf8);
        Assert.Equal("input/glossary/broken.md", d.File);
        Assert.Equal(Encoding.UTF8.GetString(bytes).Count(c => c == '\n'), d.Line);
        Assert.Contains("not valid UTF-8", d.Message);
    }

    [Fact]
    public void GL0002_empty_file()
    {
        var d = Single(new TestSite().With("glossary/empty.md", "  \n").Build(), DiagnosticCodes.EmptyFile);
        AssertAt(d, "input/glossary/empty.md", 0, "empty");
    }

    [Fact]
    public void GL0003_file_over_one_megabyte()
    {
        var big = TestSite.Entry("Big", new string('x', 1024 * 1024));
        var d = Single(new TestSite().With("glossary/big.md", big).Build(), DiagnosticCodes.FileTooLarge);
        AssertAt(d, "input/glossary/big.md", 0, "limit is 1024 KB");
    }

    [Fact]
    public void GL0004_file_name_is_not_a_slug()
    {
        var d = Single(new TestSite().With("glossary/Prior Auth.md", TestSite.Entry("Prior Auth")).Build(), DiagnosticCodes.InvalidSlug);
        AssertAt(d, "input/glossary/Prior Auth.md", 0, "not a valid slug");
        Assert.Contains("prior-auth.md", d.Hint);
    }

    [Fact]
    public void GL0005_markdown_outside_content_folders()
    {
        var d = Single(new TestSite().With("notes/todo.md", TestSite.Entry("Todo")).Build(), DiagnosticCodes.MarkdownOutsideContentFolders);
        AssertAt(d, "input/notes/todo.md", 0, "outside the content folders");
    }

    [Fact]
    public void GL0101_malformed_yaml_points_into_the_front_matter()
    {
        const string text = "---\ntitle: Ok\nsummary: [unclosed\ncategories: [Insurance]\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/bad.md", text).Build(), DiagnosticCodes.MalformedYaml);
        Assert.Equal("input/pages/bad.md", d.File);
        Assert.InRange(d.Line, 3, 5);
        Assert.Contains("not valid YAML", d.Message);
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
    public void GL0102_unknown_key_suggests_the_closest()
    {
        var text = TestSite.Entry("Iop", extraFrontMatter: "categorys: [Insurance]");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.UnknownKey);
        AssertAt(d, "input/glossary/iop.md", FixtureText.LineOf(text, "categorys:"), "unknown key 'categorys'");
        Assert.Contains("did you mean 'categories'?", d.Message);
        Assert.Equal(1, d.Column);
    }

    [Fact]
    public void GL0103_wrong_type()
    {
        const string text = "---\ntitle: [A, B]\nsummary: S.\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/x.md", text).Build(), DiagnosticCodes.WrongType);
        AssertAt(d, "input/pages/x.md", 2, "'title' must be text, not a list");
    }

    [Fact]
    public void GL0104_missing_summary()
    {
        const string text = "---\ntitle: About\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/about.md", text).Build(), DiagnosticCodes.MissingField);
        AssertAt(d, "input/pages/about.md", 2, "missing required field 'summary'");
    }

    [Fact]
    public void GL0104_missing_title()
    {
        const string text = "---\nsummary: A page.\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/about.md", text).Build(), DiagnosticCodes.MissingField);
        AssertAt(d, "input/pages/about.md", 2, "missing required field 'title'");
    }

    [Fact]
    public void GL0105_unknown_category_suggests_the_closest()
    {
        var text = TestSite.Entry("Iop").Replace("categories: [Insurance]", "categories: [Insurence]");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.InvalidValue);
        AssertAt(d, "input/glossary/iop.md", FixtureText.LineOf(text, "Insurence"), "unknown category 'Insurence'");
        Assert.Contains("did you mean 'Insurance'?", d.Message);
    }

    [Fact]
    public void GL0105_bad_date()
    {
        var text = TestSite.Entry("Iop", extraFrontMatter: "reviewed: 5/1/2024");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.InvalidValue);
        AssertAt(d, "input/glossary/iop.md", FixtureText.LineOf(text, "reviewed: 5/1/2024"), "not a date");
    }

    [Fact]
    public void GL0106_missing_front_matter()
    {
        var d = Single(new TestSite().With("pages/x.md", "# Just a heading\n").Build(), DiagnosticCodes.MissingFrontMatter);
        AssertAt(d, "input/pages/x.md", 1, "missing front matter");
    }

    [Fact]
    public void GL0201_missing_required_section_names_it()
    {
        var text = ReplaceOnce(TestSite.Entry("Iop"), "## How it is used against you", "## How its used against you");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.MissingSection);
        Assert.Equal("input/glossary/iop.md", d.File);
        Assert.True(d.Line > 0);
        Assert.Contains("'## How it is used against you'", d.Message);
        Assert.Contains("How its used against you", d.Hint);
    }

    [Fact]
    public void GL0201_accepts_the_former_heading_Misuse()
    {
        var text = ReplaceOnce(TestSite.Entry("Iop"), "## How it is used against you", "## Misuse");
        var result = new TestSite().With("glossary/iop.md", text).Build();
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == DiagnosticCodes.MissingSection);
    }

    private static string ReplaceOnce(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement);
    }

    [Fact]
    public void GL0201_missing_definition()
    {
        var text = TestSite.Entry("Iop").Replace("Iop is a term used in the tests.", "");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.MissingSection);
        Assert.Contains("definition", d.Message);
    }

    [Fact]
    public void GL0006_a_link_that_loops_back_into_its_folder_is_reported_not_followed()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(new TestSite().WithEntry("a", "Alpha"));
        Directory.CreateSymbolicLink(Path.Combine(input, "glossary", "loop"), input);
        var d = Single(BuildFromDisk(input), DiagnosticCodes.UnreadableInput);
        Assert.EndsWith("/glossary/loop", d.File);
        Assert.Equal(0, d.Line);
        Assert.Contains("link to itself or to a folder that contains it", d.Message);
        Assert.Contains("remove the link", d.Hint);
    }

    [Fact]
    public void A_linked_folder_outside_the_input_is_read_like_any_other()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(new TestSite().WithEntry("a", "Alpha"));
        var shared = temp.Combine("shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "b.md"), TestSite.Entry("Beta"));
        Directory.CreateSymbolicLink(Path.Combine(input, "glossary", "shared"), shared);
        var result = BuildFromDisk(input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("glossary/b/index.html", result.Paths);
    }

    private static BuildResult BuildFromDisk(string input) =>
        Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(Glossary.IO.InputReader.Read(input, useGitDates: false), new BuildOptions());

    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    public void GL0202_markdown_nested_too_deeply_names_the_line(string marker)
    {
        var body = "\nFine.\n\n" + new string(marker[0], 5000) + " deep\n\nAfter.\n";
        var d = Single(new TestSite().WithEntry("a", "Alpha", body).Build(), DiagnosticCodes.NestedTooDeeply);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, " deep"), "nests too deeply");
    }

    [Fact]
    public void Nesting_below_the_limit_builds()
    {
        var site = new TestSite().WithEntry("a", "Alpha", "\n" + new string('[', 90) + " shallow enough\n\n" + new string('>', 90) + " quoted\n");
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void GL0202_a_list_nested_too_deeply()
    {
        var list = string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', 2 * i) + "- item\n"));
        var d = Single(new TestSite().With("pages/deep.md", "---\ntitle: Deep\nsummary: A deep list.\n---\n\n" + list).Build(), DiagnosticCodes.NestedTooDeeply);
        Assert.Equal("input/pages/deep.md", d.File);
        Assert.InRange(d.Line, 6, 405);
    }

    [Fact]
    public void GL0203_unclosed_html_comment_would_hide_the_rest()
    {
        var text = "---\ntitle: Notes\nsummary: A page.\n---\n\nShown.\n\n<!-- a note for editors\n\n## Everything after\n\nHidden.\n";
        var d = Single(new TestSite().With("pages/notes.md", text).Build(), DiagnosticCodes.UnclosedComment);
        AssertAt(d, "input/pages/notes.md", 8, "never closed");
    }

    [Fact]
    public void GL0204_a_level_one_heading_in_the_body_is_a_warning()
    {
        var text = "---\ntitle: Notes\nsummary: A page.\n---\n\n# Notes\n\nText.\n\n## A section\n\nMore.\n";
        var result = new TestSite().With("pages/notes.md", text).Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LevelOneHeading);
        Assert.False(d.IsError);
        AssertAt(d, "input/pages/notes.md", 6, "level-1 heading");
        Assert.False(new TestSite().With("pages/notes.md", text).Build(new BuildOptions(Strict: true)).Succeeded);
    }

    [Fact]
    public void A_closed_html_comment_is_fine()
    {
        var text = "---\ntitle: Notes\nsummary: A page.\n---\n\nShown.\n\n<!-- a note\nfor editors -->\n\nAlso shown.\n";
        Assert.True(new TestSite().With("pages/notes.md", text).Build().Succeeded);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void GL0104_a_null_or_empty_title_is_missing(string value)
    {
        var text = TestSite.Entry("Placeholder").Replace("title: Placeholder", "title: " + value);
        var d = Single(new TestSite().With("glossary/a.md", text).Build(), DiagnosticCodes.MissingField);
        AssertAt(d, "input/glossary/a.md", FixtureText.LineOf(text, "title: " + value), "missing required field 'title'");
        if (value is "~" or "null") Assert.Contains($"title: \"{value}\"", d.Hint);
    }

    [Fact]
    public void A_quoted_tilde_is_text()
    {
        var text = TestSite.Entry("Placeholder").Replace("title: Placeholder", "title: \"~\"");
        Assert.True(new TestSite().With("glossary/a.md", text).Build().Succeeded);
    }

    [Fact]
    public void GL0104_an_empty_alias_is_named_as_empty()
    {
        const string aliases = "aliases: [AL, '', ~]";
        var d = Single(new TestSite().WithEntry("a", "Alpha", extraFrontMatter: aliases).Build(), DiagnosticCodes.MissingField);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "", aliases, aliases), "an item of 'aliases' is empty");
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

    [Fact]
    public void GL0301_duplicate_slug()
    {
        var site = new TestSite().WithEntry("iop", "Iop").With("glossary/more/iop.md", TestSite.Entry("Iop two"));
        var d = Single(site.Build(), DiagnosticCodes.DuplicateSlug);
        AssertAt(d, "input/glossary/more/iop.md", 0, "slug 'iop' is already used by input/glossary/iop.md");
    }

    [Fact]
    public void GL0302_duplicate_alias_across_entries()
    {
        var site = new TestSite()
            .WithEntry("intensive-outpatient", "Intensive Outpatient", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("other", "Other", extraFrontMatter: "aliases:\n  - iop");
        var d = Single(site.Build(), DiagnosticCodes.DuplicateAlias);
        AssertAt(d, "input/glossary/other.md", TestSite.EntryLine("Other", "", "- iop", "aliases:\n  - iop"), "'iop' already names the entry 'Intensive Outpatient'");
    }

    [Fact]
    public void GL0303_related_names_a_missing_entry()
    {
        var site = new TestSite().WithEntry("a", "Alpha", extraFrontMatter: "related: [Medcal Necessity]").WithEntry("medical-necessity", "Medical Necessity");
        var d = Single(site.Build(), DiagnosticCodes.UnknownTermReference);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "", "related:", "related: [Medcal Necessity]"), "'Medcal Necessity'");
        Assert.Contains("did you mean 'Medical Necessity'?", d.Message);
    }

    [Fact]
    public void GL0401_link_to_missing_entry_points_at_the_link()
    {
        const string body = "\nSee [it](medical-necesity.md) here.\n";
        var site = new TestSite().WithEntry("a", "Alpha", body).WithEntry("medical-necessity", "Medical Necessity");
        var d = Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal("input/glossary/a.md", d.File);
        Assert.Equal(TestSite.EntryLine("Alpha", body, "[it]"), d.Line);
        Assert.Equal(5, d.Column);
        Assert.Contains("did you mean 'medical-necessity'?", d.Message);
    }

    [Fact]
    public void GL0401_absolute_link_to_missing_page()
    {
        const string body = "\n[x](/glossary/nothing/)\n";
        var d = Single(new TestSite().WithEntry("a", "Alpha", body).Build(), DiagnosticCodes.BrokenLink);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, "[x]"), "'/glossary/nothing/' points to a page that does not exist");
    }

    [Theory]
    [InlineData("[x](http://)", "'http://' is not a valid address")]
    [InlineData("[x](//)", "'//' is not a valid address")]
    [InlineData("[x](/glossary/nothing/)", "'/glossary/nothing/' points to a page that does not exist")]
    public void GL0401_malformed_or_missing_addresses(string markdown, string messagePart)
    {
        var d = Single(new TestSite().WithEntry("a", "Alpha", "\n" + markdown + "\n").Build(), DiagnosticCodes.BrokenLink);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "\n" + markdown + "\n", markdown), messagePart);
    }

    [Fact]
    public void A_scheme_relative_link_is_another_sites_address()
    {
        var result = new TestSite().WithEntry("a", "Alpha", "\nSee [the rule](//www.cms.gov/nosurprises).\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "glossary/a/index.html").Content));
        Assert.Equal("//www.cms.gov/nosurprises", page.QuerySelector("main a[href*='cms.gov']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("See [[Alpha for more.", 5)]
    [InlineData("See [[Alpha] for more.", 5)]
    [InlineData("Two lines: [[Alpha\nand then]] later.", 12)]
    public void GL0404_an_unclosed_wikilink_is_a_warning_at_its_brackets(string markdown, int column)
    {
        var result = new TestSite().WithEntry("a", "Alpha").WithEntry("b", "Beta", "\n" + markdown + "\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedWikiLink);
        Assert.False(d.IsError);
        AssertAt(d, "input/glossary/b.md", TestSite.EntryLine("Beta", "\n" + markdown + "\n", "[["), "not closed with ']]'");
        Assert.Equal(column, d.Column);
    }

    [Theory]
    [InlineData("See [[Alpha]] and [[Alpha|the first]].")]
    [InlineData("A list [[1], [2]] in text, and [[a link](https://example.org/) in brackets].")]
    [InlineData("Code `[[not a link` and \\[[escaped.")]
    public void Closed_wikilinks_and_other_brackets_raise_no_warning(string markdown)
    {
        var result = new TestSite().WithEntry("a", "Alpha").WithEntry("b", "Beta", "\n" + markdown + "\n").Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedWikiLink);
    }

    [Fact]
    public void GL0402_link_to_missing_heading()
    {
        const string body = "\n[x](b.md#deadline)\n";
        var site = new TestSite().WithEntry("a", "Alpha", body).WithEntry("b", "Beta", "\n## Deadlines\n\nSoon.\n");
        var d = Single(site.Build(), DiagnosticCodes.BrokenAnchor);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, "[x]"), "'#deadline', which is not a heading on input/glossary/b.md");
        Assert.Contains("did you mean 'deadlines'?", d.Message);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "<iframe>")]
    [InlineData("<p onclick=\"steal()\">Hi</p>", "'onclick'")]
    [InlineData("[click](javascript:alert(1))", "script URL")]
    [InlineData("Text <a href=\"javascript:void(0)\">x</a>", "script URL")]
    [InlineData("![A chart](https://tracker.example/pixel.gif)", "image from another site ('https://tracker.example/pixel.gif')")]
    [InlineData("![A chart](//cdn.example/chart.png)", "image from another site")]
    [InlineData("Text <img src=\"https://tracker.example/p.gif\" alt=\"\">", "<img src> loads a file from another site")]
    [InlineData("<img src=\"chart.png\" srcset=\"chart.png 1x, https://cdn.example/chart@2x.png 2x\" alt=\"\">", "<img srcset> loads a file from another site")]
    [InlineData("<video poster=\"https://cdn.example/p.jpg\"></video>", "<video poster> loads a file from another site")]
    public void GL0501_unsafe_html_is_an_error_at_its_line(string markdown, string messagePart)
    {
        var site = new TestSite().WithEntry("a", "Alpha", "\n" + markdown + "\n");
        var d = Single(site.Build(), DiagnosticCodes.UnsafeHtml);
        AssertAt(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "\n" + markdown + "\n", markdown), messagePart);
    }

    [Fact]
    public void Images_from_the_site_itself_and_links_to_other_sites_are_fine()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", "\n![A chart](chart.png) <img src=\"/glossary/chart.png\" srcset=\"/glossary/chart.png 2x\" alt=\"\"> [A source](https://www.cms.gov/)\n")
            .With("glossary/chart.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The image beside the Markdown file is found from there, as an editor's preview shows it.
        var page = Html.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "glossary/a/index.html").Content));
        Assert.Equal(["/glossary/chart.png", "/glossary/chart.png"], page.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")));
        Assert.Contains(result.Files, f => f.Path == "glossary/chart.png");
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        var site = new TestSite()
            .With("glossary/a.md", TestSite.Entry("A", extraFrontMatter: "colour: red"))
            .With("glossary/b.md", TestSite.Entry("B", "\n[x](nowhere.md)\n"))
            .With("pages/c.md", "no front matter\n");
        var codes = site.Build().Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingFrontMatter }, codes);
    }
}
