using AngleSharp.Dom;
using Glossary.Tests.Support;

namespace Glossary.Tests.Languages;

/// <summary>Links resolve within the page's language first; a term with no twin links to the English page and says so.</summary>
public sealed class LanguageLinkTests
{
    private static readonly Lazy<Pipeline.BuildResult> Spanish = new(() => SpanishFixture.Create().Build());

    private static IDocument Page(string path)
    {
        Assert.True(Spanish.Value.Succeeded, string.Join("\n", Spanish.Value.Diagnostics));
        return Spanish.Value.Document(path);
    }

    private static IElement Link(IDocument page, string href) =>
        page.QuerySelectorAll(".prose a").SingleOrDefault(a => a.GetAttribute("href") == href)
        ?? throw new Xunit.Sdk.XunitException($"no link to {href} in: {string.Join(", ", page.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")))}");

    [Fact]
    public void A_wikilink_with_a_Spanish_title_leads_to_the_Spanish_twin_with_its_Spanish_summary_as_preview()
    {
        var page = Page("es/glossary/medical-necessity/index.html");
        var link = Link(page, "/es/glossary/prior-authorization/");
        Assert.Equal("Autorización previa", link.TextContent);
        Assert.Null(link.GetAttribute("hreflang"));
        var summary = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("Un resumen breve de Autorización previa.", summary.TextContent);
    }

    [Fact]
    public void A_plain_mention_of_a_Spanish_name_is_auto_linked_to_the_Spanish_twin()
    {
        var link = Link(Page("es/glossary/prior-authorization/index.html"), "/es/glossary/medical-necessity/");
        Assert.Equal("necesidad médica", link.TextContent);
    }

    [Fact]
    public void A_term_with_no_Spanish_twin_links_to_the_English_page_marked_as_English_without_an_English_preview()
    {
        var page = Page("es/glossary/medical-necessity/index.html");
        // Written by hand: [[External Review|revisión externa]].
        var written = Link(page, "/glossary/external-review/");
        Assert.Equal(("en", "revisión externa (en inglés)"), (written.GetAttribute("hreflang"), written.TextContent));
        Assert.Null(written.GetAttribute("aria-describedby"));
        // Found by auto-linking: the English abbreviation IOP.
        var automatic = Link(page, "/glossary/iop/");
        Assert.Equal(("en", "IOP (en inglés)"), (automatic.GetAttribute("hreflang"), automatic.TextContent));
        Assert.DoesNotContain("A short summary of", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Backlinks_and_related_terms_stay_within_the_language()
    {
        var spanish = Page("es/glossary/medical-necessity/index.html");
        var referencedIn = spanish.GetElementById("page-referenced-in")!.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/es/glossary/prior-authorization/", "/es/guides/appeals/"], referencedIn.Order(StringComparer.Ordinal));
        var related = spanish.GetElementById("page-related")!.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(related);
        Assert.All(related, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        // 'related: [external-review]' names an entry with no Spanish twin: allowed, and not listed.
        var prior = Page("es/glossary/prior-authorization/index.html").GetElementById("page-related")!.ParentElement!;
        Assert.DoesNotContain(prior.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("external-review", StringComparison.Ordinal));

        var english = Page("glossary/medical-necessity/index.html").GetElementById("page-referenced-in")!.ParentElement!;
        Assert.DoesNotContain(english.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/es/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Spanish_wikilink_to_a_name_no_language_knows_is_an_error_with_a_Spanish_did_you_mean()
    {
        var site = SpanishFixture.Create();
        var text = SpanishFixture.Entry("Necesidad médica", "", "Vea [[Autorizacion previo]].");
        site.With("es/glossary/medical-necessity.md", text);
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == Glossary.Diagnostics.DiagnosticCodes.BrokenLink);
        Assert.Equal(("input/es/glossary/medical-necessity.md", FixtureText.LineOf(text, "[[Autorizacion")), (error.File, error.Line));
        Assert.Contains("did you mean 'Autorización previa'", error.Message, StringComparison.Ordinal);
    }
}
