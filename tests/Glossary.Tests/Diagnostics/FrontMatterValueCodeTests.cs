using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>Failing inputs for front-matter values that are not allowed; each test checks the code, file, line and message.</summary>
public sealed class FrontMatterValueCodeTests
{
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
