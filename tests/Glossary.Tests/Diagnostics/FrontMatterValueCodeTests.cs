using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>Failing inputs for front-matter values that are not allowed; each test checks the code, file, line and message.</summary>
public sealed class FrontMatterValueCodeTests
{
    [Fact]
    public void GL0105_unknown_category_suggests_the_closest()
    {
        var text = TestSite.Entry("Iop").Replace("categories: [Insurance]", "categories: [Insurence]");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.InvalidValue);
        At(d, "input/glossary/iop.md", FixtureText.LineOf(text, "Insurence"), "unknown category 'Insurence'");
        Assert.Contains("did you mean 'Insurance'?", d.Message);
    }

    [Fact]
    public void GL0105_bad_date()
    {
        var text = TestSite.Entry("Iop", extraFrontMatter: "reviewed: 5/1/2024");
        var d = Single(new TestSite().With("glossary/iop.md", text).Build(), DiagnosticCodes.InvalidValue);
        At(d, "input/glossary/iop.md", FixtureText.LineOf(text, "reviewed: 5/1/2024"), "not a date");
    }

    [Theory]
    [InlineData("www.cms.gov/rule")]
    [InlineData("ftp://example.gov/rule")]
    public void GL0105_a_source_url_that_is_not_a_web_address(string url)
    {
        var text = TestSite.Entry("Alpha", extraFrontMatter: $"sources:\n  - title: A rule\n    url: {url}");
        var d = Single(new TestSite().With("glossary/a.md", text).Build(), DiagnosticCodes.InvalidValue);
        At(d, "input/glossary/a.md", FixtureText.LineOf(text, "url: "), $"source url '{url}' is not a web address");
    }

    [Fact]
    public void GL0105_an_unknown_kind_of_guide()
    {
        const string text = "---\ntitle: Appeals\nsummary: How to appeal.\nkind: handbook\n---\n\nText.\n";
        var d = Single(new TestSite().With("guides/appeals.md", text).Build(), DiagnosticCodes.InvalidValue);
        At(d, "input/guides/appeals.md", FixtureText.LineOf(text, "kind: handbook"), "unknown kind 'handbook'");
    }

    [Theory]
    [InlineData("Old Name")]
    [InlineData("/old/../secret/")]
    [InlineData("/old page/")]
    [InlineData("/old/?q=1")]
    public void GL0107_a_redirect_from_value_that_is_neither_a_slug_nor_a_path(string value)
    {
        var text = TestSite.Entry("Alpha", extraFrontMatter: $"redirect_from:\n  - \"{value}\"");
        var d = Single(new TestSite().With("glossary/a.md", text).Build(), DiagnosticCodes.InvalidRedirectFrom);
        At(d, "input/glossary/a.md", FixtureText.LineOf(text, value), $"redirect_from '{value}' is not a slug or a site path");
    }
}
