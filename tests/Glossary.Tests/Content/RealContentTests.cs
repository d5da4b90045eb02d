using Glossary.Cli;
using Glossary.Content;
using Glossary.IO;
using Glossary.Lints;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Content;

/// <summary>
/// Promises about the site's own content (input/): its size, its sources, its reading level, its crisis note, and
/// that 'glossary check --strict' finds nothing. These fail when an editor's change breaks one of them.
/// </summary>
public sealed class RealContentTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
        Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(InputReader.Read(RepoPaths.Input), new()));

    private static Site Site => Built.Value.State?.Site ?? throw new Xunit.Sdk.XunitException(string.Join("\n", Built.Value.Diagnostics));

    private static IEnumerable<ContentDocument> EntriesAndGuides => Site.Entries.Concat(Site.Guides);

    [Fact]
    public void The_site_has_at_least_45_entries_and_10_guides()
    {
        Assert.True(Site.Entries.Count() >= 45, $"{Site.Entries.Count()} entries");
        Assert.True(Site.Guides.Count() >= 10, $"{Site.Guides.Count()} guides");
    }

    [Fact]
    public void Every_entry_cites_two_sources_at_least_one_primary()
    {
        var weak = Site.Entries
            .Where(e => e.Meta.Sources.Length < 2 || !e.Meta.Sources.Any(s => PrimarySources.IsPrimary(s.Url)))
            .Select(e => $"{e.DisplayPath}: {e.Meta.Sources.Length} sources, {e.Meta.Sources.Count(s => PrimarySources.IsPrimary(s.Url))} primary")
            .ToList();
        Assert.All(Site.Entries, e => Assert.Equal(weak.Any(w => w.StartsWith(e.DisplayPath + ":", StringComparison.Ordinal)), ContentLints.WeakSources(e) is not null));
        Assert.True(weak.Count == 0, string.Join("\n", weak));
    }

    [Fact]
    public void Entries_and_guides_read_at_grade_8_on_the_median_and_none_above_10()
    {
        var grades = EntriesAndGuides.Select(d => (d.DisplayPath, Grade: Readability.Grade(d.Markdown))).OrderBy(g => g.Grade).ToList();
        var median = grades.Count % 2 == 1
            ? grades[grades.Count / 2].Grade
            : (grades[grades.Count / 2 - 1].Grade + grades[grades.Count / 2].Grade) / 2;
        Assert.True(median <= 8, $"median grade {median:F1}");
        var hard = grades.Where(g => g.Grade > 10).Select(g => $"{g.DisplayPath}: {g.Grade:F1}").ToList();
        Assert.True(hard.Count == 0, string.Join("\n", hard));
    }

    [Fact]
    public void Check_strict_finds_nothing()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GlossaryCommand.Invoke(["check", "--input", RepoPaths.Input, "--strict", "--today", "2026-12-01"], output, error);
        Assert.True(code == 0, output + "\n" + error);
    }

    [Theory]
    [InlineData("EOB", "explanation-of-benefits")]
    [InlineData("SPD", "summary-plan-description")]
    [InlineData("NQTL", "nonquantitative-treatment-limitation")]
    [InlineData("GFE", "good-faith-estimate")]
    [InlineData("surprise bill", "balance-billing")]
    [InlineData("IOP", "intensive-outpatient-program")]
    [InlineData("PHP", "partial-hospitalization-program")]
    [InlineData("EAP", "employee-assistance-program")]
    [InlineData("EPSDT", "epsdt")]
    [InlineData("988", "988-lifeline")]
    public void Abbreviations_and_everyday_names_find_their_entry(string name, string slug)
    {
        var found = Assert.Single(Site.Terms.Lookup(name));
        Assert.Equal(slug, found.Slug);
    }

    [Fact]
    public void Mental_health_pages_show_the_crisis_note_once_right_after_the_title()
    {
        var crisis = Site.Config.Crisis ?? throw new Xunit.Sdk.XunitException("site.yml has no crisis_callout");
        var shown = EntriesAndGuides.Where(d => d.Meta.CrisisCallout ?? Site.CategoriesOf(d).Any(c => crisis.CategorySlugs.Contains(c.Slug))).ToList();
        Assert.True(shown.Count >= 10, $"only {shown.Count} pages are in the crisis note's categories");
        foreach (var document in EntriesAndGuides)
        {
            var page = Built.Value.Document(document.Url.TrimStart('/') + "index.html");
            var notes = page.QuerySelectorAll(".crisis-callout");
            Assert.True(notes.Length == (shown.Contains(document) ? 1 : 0), $"{document.Url}: {notes.Length} crisis notes");
            if (notes.Length == 1) Assert.True(notes[0].PreviousElementSibling?.TagName == "HEADER", $"{document.Url}: the note does not follow the title");
        }
    }
}
