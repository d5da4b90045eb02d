using Glossary.Diagnostics;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about a document's Markdown body (GL0201 to GL0204): an entry's sections, nesting,
/// comments and headings; each test checks the code, file, line and message.
/// </summary>
public sealed class BodyCodeTests
{
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

    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    public void GL0202_markdown_nested_too_deeply_names_the_line(string marker)
    {
        var body = "\nFine.\n\n" + new string(marker[0], 5000) + " deep\n\nAfter.\n";
        var d = Single(new TestSite().WithEntry("a", "Alpha", body).Build(), DiagnosticCodes.NestedTooDeeply);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, " deep"), "nests too deeply");
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
        At(d, "input/pages/notes.md", 8, "never closed");
    }

    [Fact]
    public void GL0204_a_level_one_heading_in_the_body_is_a_warning()
    {
        var text = "---\ntitle: Notes\nsummary: A page.\n---\n\n# Notes\n\nText.\n\n## A section\n\nMore.\n";
        var result = new TestSite().With("pages/notes.md", text).Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LevelOneHeading);
        Assert.False(d.IsError);
        At(d, "input/pages/notes.md", 6, "level-1 heading");
        Assert.False(new TestSite().With("pages/notes.md", text).Build(new BuildOptions(Strict: true)).Succeeded);
    }

    [Fact]
    public void A_closed_html_comment_is_fine()
    {
        var text = "---\ntitle: Notes\nsummary: A page.\n---\n\nShown.\n\n<!-- a note\nfor editors -->\n\nAlso shown.\n";
        Assert.True(new TestSite().With("pages/notes.md", text).Build().Succeeded);
    }
}
