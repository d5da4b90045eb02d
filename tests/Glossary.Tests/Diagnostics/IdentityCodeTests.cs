using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about which document an address or a name belongs to; each test checks the code, file,
/// line and message.
/// </summary>
public sealed class IdentityCodeTests
{
    [Fact]
    public void GL0405_a_wikilink_to_a_name_two_entries_claim()
    {
        var page = TestSite.Entry("Page", "\nSee [[IOP]] first.\n");
        var site = new TestSite()
            .WithEntry("iop", "Intensive Outpatient Program", extraFrontMatter: "aliases: [IOP]")
            .WithEntry("iop-panel", "Independent Outside Panel", extraFrontMatter: "aliases: [IOP]")
            .With("glossary/page.md", page);
        var d = Single(site.Build(), DiagnosticCodes.AmbiguousWikiLink);
        At(d, "input/glossary/page.md", FixtureText.LineOf(page, "[[IOP]]"), "[[IOP]] is ambiguous: it names 'Intensive Outpatient Program' (iop), 'Independent Outside Panel' (iop-panel)");
        Assert.Equal(FixtureText.ColumnOf(page, "[[IOP]]"), d.Column);
        Assert.Contains("[[iop]]", d.Hint);
    }
}
