using Glossary.Diagnostics;
using Glossary.Tests.Support;
using Glossary.Text;

namespace Glossary.Tests.Text;

/// <summary>A did-you-mean offers a name as its editor wrote it ('IOP'), never its folded form ('iop').</summary>
public sealed class DidYouMeanTests
{
    [Fact]
    public void Suggests_the_name_as_written_and_among_names_that_fold_alike_the_first_given()
    {
        Assert.Equal("IOP", DidYouMean.Suggest("IOPs", ["Intensive Outpatient Program", "IOP", "iop"]));
        Assert.Equal("Medical Necessity", DidYouMean.Suggest("medcal necessity", ["Medical Necessity", "medical-necessity"]));
        Assert.Equal("medical-necessity", DidYouMean.Suggest("medcal necessity", ["medical-necessity", "Medical Necessity"]));
    }

    [Fact]
    public void The_nearest_wins_then_the_first_by_folded_form_whatever_the_order_given()
    {
        Assert.Equal("Appeal", DidYouMean.Suggest("apeal", ["Appeals", "Appeal"]));
        Assert.Equal("Band", DidYouMean.Suggest("bnd", ["Bind", "Band"]));
        Assert.Equal("Band", DidYouMean.Suggest("bnd", ["Band", "Bind"]));
        Assert.Null(DidYouMean.Suggest("copay", ["Medical Necessity"]));
    }

    private static TestSite WithIop(TestSite site) =>
        site.WithEntry("iop", "Intensive Outpatient Program", extraFrontMatter: "aliases: [IOP]");

    [Fact]
    public void A_wikilink_to_an_unknown_name_is_offered_the_alias_as_written()
    {
        var result = WithIop(new TestSite().WithEntry("page", "Page", "\nSee [[IOPs]].\n")).Build();
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Contains("[[IOPs]] is not a glossary term — did you mean 'IOP'?", d.Message);
    }

    [Theory]
    [InlineData("glossary/page.md", "related: [IOPs]", "IOP")]
    [InlineData("guides/page.md", "terms: [IOPs]", "IOP")]
    [InlineData("guides/page.md", "kind: report\nkey_findings:\n  - title: F\n    text: T.\n    terms: [intensive outpatient programme]", "Intensive Outpatient Program")]
    public void A_front_matter_list_naming_an_unknown_entry_is_offered_the_name_as_written(string file, string field, string suggestion)
    {
        var text = file.StartsWith("glossary/", StringComparison.Ordinal)
            ? TestSite.Entry("Page", extraFrontMatter: field)
            : $"---\ntitle: Page\nsummary: S.\n{field}\n---\n\nText.\n";
        var result = WithIop(new TestSite().With(file, text)).Build();
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTermReference);
        Assert.EndsWith($" — did you mean '{suggestion}'?", d.Message);
    }
}
