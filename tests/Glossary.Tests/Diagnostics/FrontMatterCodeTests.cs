using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for front matter that cannot be read as written (GL0101 to GL0104, GL0106): YAML that does not parse,
/// unknown keys, wrong types, missing fields, no front matter at all; each test checks the code, file, line and
/// message. Values that are not allowed are in FrontMatterValueCodeTests.
/// </summary>
public sealed class FrontMatterCodeTests
{
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
    public void GL0102_unknown_key_suggests_the_closest()
    {
        var text = TestSite.Entry("Iop", extraFrontMatter: "categorys: [Insurance]");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.UnknownKey);
        At(d, "input/glossary/iop.md", FixtureText.LineOf(text, "categorys:"), "unknown key 'categorys'");
        Assert.Contains("did you mean 'categories'?", d.Message);
        Assert.Equal(1, d.Column);
    }

    [Fact]
    public void GL0103_wrong_type()
    {
        const string text = "---\ntitle: [A, B]\nsummary: S.\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/x.md", text).Build(), DiagnosticCodes.WrongType);
        At(d, "input/pages/x.md", 2, "'title' must be text, not a list");
    }

    [Fact]
    public void GL0104_missing_summary()
    {
        const string text = "---\ntitle: About\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/about.md", text).Build(), DiagnosticCodes.MissingField);
        At(d, "input/pages/about.md", 2, "missing required field 'summary'");
    }

    [Fact]
    public void GL0104_missing_title()
    {
        const string text = "---\nsummary: A page.\n---\n\nBody.\n";
        var d = Single(new TestSite().With("pages/about.md", text).Build(), DiagnosticCodes.MissingField);
        At(d, "input/pages/about.md", 2, "missing required field 'title'");
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void GL0104_a_null_or_empty_title_is_missing(string value)
    {
        var text = TestSite.Entry("Placeholder").Replace("title: Placeholder", "title: " + value);
        var d = Single(new TestSite().With("glossary/a.md", text).Build(), DiagnosticCodes.MissingField);
        At(d, "input/glossary/a.md", FixtureText.LineOf(text, "title: " + value), "missing required field 'title'");
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
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "", aliases, aliases), "an item of 'aliases' is empty");
    }

    [Fact]
    public void GL0106_missing_front_matter()
    {
        var d = Single(new TestSite().With("pages/x.md", "# Just a heading\n").Build(), DiagnosticCodes.MissingFrontMatter);
        At(d, "input/pages/x.md", 1, "missing front matter");
    }
}
