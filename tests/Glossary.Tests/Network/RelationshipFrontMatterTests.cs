using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Network;

/// <summary>
/// 'relationships' front matter: a well-formed one is read with its names, label, text and sources; an unknown name in
/// 'from' or 'to' is GL0306 at its line and column with a did-you-mean; a missing label, text or sources is GL0104.
/// </summary>
public sealed class RelationshipFrontMatterTests
{
    public const string Sources = "    sources:\n      - title: \"29 U.S.C. 1185a\"\n        url: https://www.law.cornell.edu/uscode/text/29/1185a\n        publisher: Legal Information Institute";

    public static string RelationshipYaml(string from, string to, string label = "parity limits necessity", string text = "In 2019 a court found the criteria too narrow.", string sources = Sources) =>
        "relationships:\n  - from: " + from + "\n    to: " + to
        + (label.Length > 0 ? "\n    label: " + label : "")
        + (text.Length > 0 ? "\n    text: " + text : "")
        + (sources.Length > 0 ? "\n" + sources : "");

    public static TestSite TwoEntries(string relationshipYaml) => new TestSite()
        .WithEntry("medical-necessity", "Medical Necessity", extraFrontMatter: "aliases: [MN]")
        .WithEntry("mental-health-parity", "Mental Health Parity", extraFrontMatter: relationshipYaml);

    [Fact]
    public void A_relationship_by_slug_title_or_alias_builds_clean()
    {
        var result = TwoEntries(RelationshipYaml("MN", "Mental Health Parity")).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var entry = result.State!.Site.Entries.Single(e => e.Slug == "mental-health-parity");
        var relationship = Assert.Single(entry.Meta.Relationships);
        Assert.Equal(("MN", "Mental Health Parity", "parity limits necessity"), (relationship.From.Value, relationship.To.Value, relationship.Label));
        Assert.Equal("Legal Information Institute", Assert.Single(relationship.Sources).Publisher);
    }

    [Fact]
    public void GL0306_an_unknown_term_in_from_is_reported_at_its_line_and_column_with_a_did_you_mean()
    {
        var site = TwoEntries(RelationshipYaml("medical-necesity", "mental-health-parity"));
        var text = TestSite.Entry("Mental Health Parity", extraFrontMatter: RelationshipYaml("medical-necesity", "mental-health-parity"));
        var d = Single(site.Build(), DiagnosticCodes.UnknownRelationshipTerm);
        At(d, "input/glossary/mental-health-parity.md", FixtureText.LineOf(text, "medical-necesity"), "relationship 'from' names 'medical-necesity', which is not a glossary entry");
        Assert.Equal(FixtureText.ColumnOf(text, "medical-necesity"), d.Column);
        Assert.Matches("did you mean '(medical-necessity|Medical Necessity)'\\?", d.Message);
    }

    [Fact]
    public void GL0306_an_unknown_term_in_to_is_reported_too()
    {
        var text = TestSite.Entry("Mental Health Parity", extraFrontMatter: RelationshipYaml("medical-necessity", "Nowhere Term"));
        var d = Single(TwoEntries(RelationshipYaml("medical-necessity", "Nowhere Term")).Build(), DiagnosticCodes.UnknownRelationshipTerm);
        At(d, "input/glossary/mental-health-parity.md", FixtureText.LineOf(text, "Nowhere Term"), "relationship 'to' names 'Nowhere Term'");
    }

    [Theory]
    [InlineData("label")]
    [InlineData("text")]
    [InlineData("sources")]
    public void GL0104_a_relationship_without_label_text_or_sources(string missing)
    {
        var yaml = RelationshipYaml("medical-necessity", "mental-health-parity",
            label: missing == "label" ? "" : "parity limits necessity",
            text: missing == "text" ? "" : "A court case.",
            sources: missing == "sources" ? "" : Sources);
        var d = Single(TwoEntries(yaml).Build(), DiagnosticCodes.MissingField);
        Assert.Equal("input/glossary/mental-health-parity.md", d.File);
        Assert.True(d.Line > 0);
        Assert.Contains(missing == "sources" ? "cites no sources" : $"missing required field '{missing}'", d.Message);
    }

    [Fact]
    public void A_report_may_have_relationships_too()
    {
        var report = "---\ntitle: R\nsummary: A report.\nkind: report\nkey_findings:\n  - title: F\n    text: T.\n    terms: [MN]\n"
            + RelationshipYaml("MN", "mental-health-parity") + "\n---\n\nText.\n";
        var result = TwoEntries("").With("guides/r.md", report).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.State!.Site.Guides.Single().Meta.Relationships);
    }
}
