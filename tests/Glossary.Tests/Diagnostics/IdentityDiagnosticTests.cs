using Glossary.Diagnostics;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about values and identity that had none of their own: GL0105 (bad URL, unknown kind),
/// GL0301 (an address a generated page or file uses), GL0302 (a title claimed twice), GL0303 (terms, key_findings)
/// and GL0304 (an old address that is not a slug or a clean path). Each checks the file, line and message.
/// </summary>
public sealed class IdentityDiagnosticTests
{
    private static string Guide(string frontMatter) => $"---\ntitle: A guide\nsummary: A guide.\n{frontMatter}\n---\n\nText.\n";

    [Theory]
    [InlineData("ftp://example.org/rules")]
    [InlineData("www.cms.gov/rules")]
    [InlineData("javascript:alert(1)")]
    public void GL0105_a_source_url_that_is_not_a_web_address(string url)
    {
        var site = new TestSite().WithEntry("a", "Alpha", extraFrontMatter: $"sources:\n  - title: Rules\n    url: {url}");
        At(Single(site.Build(), DiagnosticCodes.InvalidValue), "input/glossary/a.md", 7, $"source url '{url}' is not a web address");
    }

    [Fact]
    public void GL0105_a_base_url_that_is_not_absolute_in_site_yml_or_on_the_command_line()
    {
        var site = new TestSite { SiteYaml = TestSite.DefaultSiteYaml.Replace("base_url: https://example.org/", "base_url: example.org", StringComparison.Ordinal) };
        At(Single(site.Build(), DiagnosticCodes.InvalidValue), "input/site.yml", 4, "base_url 'example.org' is not an absolute http(s) address");
        var d = Single(new TestSite().Build(new BuildOptions(BaseUrlOverride: "https://example.org/?preview=1")), DiagnosticCodes.InvalidValue);
        At(d, "--base-url", 0, "base_url 'https://example.org/?preview=1' is not an absolute http(s) address");
    }

    [Fact]
    public void GL0105_unknown_guide_kind()
    {
        var d = Single(new TestSite().With("guides/g.md", Guide("kind: essay")).Build(), DiagnosticCodes.InvalidValue);
        At(d, "input/guides/g.md", 4, "unknown kind 'essay'");
        Assert.Contains("kind: report", d.Hint);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("glossary")]
    [InlineData("categories")]
    [InlineData("thanks")]
    [InlineData("404")]
    public void GL0301_a_page_at_the_address_of_a_generated_page(string slug)
    {
        var site = new TestSite().With($"pages/{slug}.md", "---\ntitle: Mine\nsummary: A page.\n---\n\nText.\n");
        At(Single(site.Build(), DiagnosticCodes.DuplicateSlug), $"input/pages/{slug}.md", 0, $"the page address '/{slug}/' is reserved");
    }

    [Theory]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("search/index/manifest.json")]
    public void GL0301_a_file_at_the_path_of_a_generated_file(string path)
    {
        var site = new TestSite().With(path, "mine");
        At(Single(site.Build(), DiagnosticCodes.DuplicateSlug), "input/" + path, 0, $"two outputs would be written to '{path}'");
    }

    [Theory]
    [InlineData("Prior Authorization", "")]
    [InlineData("PRIOR AUTHORIZATION", "")]
    [InlineData("Prior Authorizatión", "")]
    [InlineData("Preauthorization", "aliases: [Prior authorization]")]
    public void GL0302_a_title_another_entry_already_has(string title, string frontMatter)
    {
        var site = new TestSite().WithEntry("a-first", "Prior Authorization").WithEntry("b-second", title, extraFrontMatter: frontMatter);
        var d = Single(site.Build(), DiagnosticCodes.DuplicateAlias);
        At(d, "input/glossary/b-second.md", frontMatter.Length == 0 ? 0 : 5, "already names the entry 'Prior Authorization' (input/glossary/a-first.md)");
    }

    [Fact]
    public void GL0303_terms_names_a_missing_entry()
    {
        var site = new TestSite().WithEntry("medical-necessity", "Medical Necessity").With("guides/g.md", Guide("terms: [Medcal Necessity]"));
        var d = Single(site.Build(), DiagnosticCodes.UnknownTermReference);
        At(d, "input/guides/g.md", 4, "'terms' names 'Medcal Necessity', which is not a glossary entry");
        Assert.Contains("did you mean 'Medical Necessity'?", d.Message);
    }

    [Fact]
    public void GL0303_a_key_finding_names_a_missing_entry()
    {
        var report = Guide("kind: report\nkey_findings:\n  - title: Criteria matter\n    text: Ask for them.\n    terms: [medical-necessity, Nowhere Term]");
        var site = new TestSite().WithEntry("medical-necessity", "Medical Necessity").With("guides/r.md", report);
        At(Single(site.Build(), DiagnosticCodes.UnknownTermReference), "input/guides/r.md", 8, "'key_findings' names 'Nowhere Term', which is not a glossary entry");
    }

    [Theory]
    [InlineData("Old Name", "'old-name'")]
    [InlineData("old_name", "'old-name'")]
    [InlineData("/old/../etc/", "/glossary/old-name/")]
    [InlineData("/old//pa/", "/glossary/old-name/")]
    [InlineData("/old/pa/?from=mail", "/glossary/old-name/")]
    [InlineData("/old/pa/#top", "/glossary/old-name/")]
    [InlineData("/old pa/", "/glossary/old-name/")]
    public void GL0107_redirect_from_that_is_not_a_slug_or_a_clean_path(string old, string hintPart)
    {
        var site = new TestSite().WithEntry("a", "Alpha", extraFrontMatter: $"redirect_from: [\"{old}\"]");
        var d = Single(site.Build(), DiagnosticCodes.InvalidRedirectFrom);
        At(d, "input/glossary/a.md", 5, $"redirect_from '{old}' is not a slug or a site path");
        Assert.Contains(hintPart, d.Hint);
    }
}
