using System.Text.Json;
using Glossary.Diagnostics;
using Glossary.IO;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using Glossary.Text;
using Glossary.Theme;

namespace Glossary.Tests.Explain;

/// <summary>
/// The "Explain my letter" data file (explain/&lt;language&gt;.&lt;hash&gt;.json) as the build writes it, and the
/// checks on data/explain.yml and the data/ folder.
/// </summary>
public sealed class ExplainDataTests
{
    private static readonly Lazy<BuildResult> RealSite = new(() =>
    {
        var result = new SitePipeline(new RazorPageRenderer(), ThemeAssets.Load()).Build(InputReader.Read(RepoPaths.Input, useGitDates: false), new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    private static Glossary.Output.OutputFile DataFile(BuildResult result) =>
        Assert.Single(result.Files, f => f.Path.StartsWith("explain/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal));

    private static JsonElement Data(BuildResult result) => JsonDocument.Parse(DataFile(result).Content).RootElement;

    private static TestSite WithData(string file, string yaml) => TestSite.Fixture().With("data/" + file, yaml);

    [Fact]
    public void The_file_is_named_by_its_language_and_content_and_only_the_explain_page_loads_it_and_its_script()
    {
        var result = TestSite.Fixture().Build();
        var file = DataFile(result);
        Assert.Equal($"explain/en.{Hashing.ShortHash(file.Content)}.json", file.Path);
        var page = result.Document("explain/index.html");
        Assert.Equal("/" + file.Path, page.QuerySelector("#explain")!.GetAttribute("data-src"));
        Assert.Equal(["/assets/explain-text.", "/assets/explain."], page.QuerySelectorAll("script[src*='/assets/explain']").Select(s => s.GetAttribute("src")![..^13]));
        Assert.Empty(result.Document("glossary/medical-necessity/index.html").QuerySelectorAll("script[src*='/assets/explain']"));
    }

    [Fact]
    public void Under_a_base_path_the_page_and_the_data_file_give_addresses_inside_it()
    {
        var result = WithData("explain.yml", "next_steps: [/guides/appeals/]\n").Build(new BuildOptions(BaseUrlOverride: "https://example.org/help/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("/help/" + DataFile(result).Path, result.Document("explain/index.html").QuerySelector("#explain")!.GetAttribute("data-src"));
        var data = Data(result);
        Assert.Equal("/help/glossary/", data.GetProperty("entries").GetString());
        Assert.Equal("/help/guides/appeals/", data.GetProperty("next")[0][1].GetString());
    }

    [Fact]
    public void Every_entry_of_the_real_site_is_a_row_with_its_names_summary_and_a_what_you_can_do_anchor_on_its_page()
    {
        var result = RealSite.Value;
        var data = Data(result);
        Assert.Equal("en", data.GetProperty("language").GetString());
        Assert.Equal(["What you can do", "what-you-can-do"], data.GetProperty("section").EnumerateArray().Select(s => s.GetString()));
        var entries = result.State!.Site.Entries.OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var rows = data.GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(entries.Select(e => e.Slug), rows.Select(r => r[0].GetString()));
        foreach (var (entry, row) in entries.Zip(rows))
        {
            Assert.Equal(entry.Title, row[1].GetString());
            Assert.Equal(entry.Meta.Summary, row[2].GetString());
            Assert.Equal(entry.Meta.Aliases.Select(a => a.Value), row.GetArrayLength() > 3 ? row[3].EnumerateArray().Select(a => a.GetString()) : []);
            var id = row.GetArrayLength() > 4 ? row[4].GetString() : "what-you-can-do";
            var heading = result.Document(entry.Url.TrimStart('/') + "index.html").GetElementById(id!);
            Assert.True(heading is { LocalName: "h2" } && heading.TextContent.Trim() == "What you can do", $"{entry.Url}#{id} is not its 'What you can do' heading");
        }
    }

    [Fact]
    public void The_real_site_gives_the_codes_denial_words_next_steps_and_deadline_pattern()
    {
        var data = Data(RealSite.Value);
        Assert.Contains(data.GetProperty("codes").EnumerateArray(), c => c[0].GetString() == "90853" && c[1].GetString()!.Contains("Group therapy"));
        Assert.Contains("not medically necessary", data.GetProperty("denial").EnumerateArray().Select(w => w.GetString()));
        var next = data.GetProperty("next").EnumerateArray().Select(n => (n[0].GetString(), n[1].GetString())).ToList();
        Assert.Equal([("Appealing a mental-health denial, step by step", "/guides/appealing-a-mental-health-denial/"), ("External Review", "/glossary/external-review/")], next);
        Assert.Equal(Glossary.Explain.DeadlinePatterns.English, data.GetProperty("deadline").GetString());
    }

    [Fact]
    public void An_entry_whose_section_heading_has_another_id_carries_that_id_and_one_without_autolink_is_left_out()
    {
        var result = TestSite.Fixture()
            .WithEntry("care-plan", "Care Plan", "", "autolink: false")
            .With("glossary/cost.md", TestSite.Entry("Cost").Replace("## Examples\n", "## Examples\n\n### What you can do\n\nAsk.\n"))
            .Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rows = Data(result).GetProperty("terms").EnumerateArray().ToDictionary(r => r[0].GetString()!);
        Assert.False(rows.ContainsKey("care-plan"));
        Assert.Equal("what-you-can-do-1", rows["cost"][4].GetString());
        Assert.Equal("What you can do", result.Document("glossary/cost/index.html").GetElementById("what-you-can-do-1")!.TextContent.Trim());
        // The usual id is left off, and so are aliases when there are none.
        Assert.Equal(4, rows["iop"].GetArrayLength());
        Assert.Equal(3, rows["external-review"].GetArrayLength());
    }

    [Fact]
    public void Files_in_data_are_read_not_published_and_an_unknown_one_is_an_error_with_a_did_you_mean()
    {
        var clean = WithData("cpt-codes.yml", "codes:\n  - code: \"90853\"\n    meaning: Group therapy.\n").Build();
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        Assert.DoesNotContain(clean.Files, f => f.Path.StartsWith("data/", StringComparison.Ordinal));
        Assert.Equal([["90853", "Group therapy."]], Data(clean).GetProperty("codes").EnumerateArray().Select(c => c.EnumerateArray().Select(s => s.GetString()).ToArray()));

        var typo = WithData("cpt-code.yml", "codes: []\n").Build();
        var found = Assert.Single(typo.Diagnostics, d => d.IsError);
        Assert.Equal(("input/data/cpt-code.yml", DiagnosticCodes.UnknownKey), (found.File, found.Code));
        Assert.Contains("did you mean 'cpt-codes.yml'", found.Message);
    }

    [Fact]
    public void A_next_step_that_is_not_a_page_and_a_denial_word_without_letters_are_errors_at_their_lines()
    {
        var result = WithData("explain.yml", "denial_words:\n  - denied\n  - \"...\"\nnext_steps:\n  - /guides/appeals/\n  - /guides/apeals/\n").Build();
        Assert.False(result.Succeeded);
        Assert.Collection(result.Diagnostics.Where(d => d.IsError),
            d =>
            {
                Assert.Equal(("input/data/explain.yml", 3, DiagnosticCodes.InvalidValue), (d.File, d.Line, d.Code));
                Assert.Contains("has no letters", d.Message);
            },
            d =>
            {
                Assert.Equal(("input/data/explain.yml", 6, DiagnosticCodes.BrokenLink), (d.File, d.Line, d.Code));
                Assert.Contains("did you mean '/guides/appeals/'", d.Message);
            });
    }
}
