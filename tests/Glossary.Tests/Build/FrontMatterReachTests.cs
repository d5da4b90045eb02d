using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Pipeline;

namespace Glossary.Tests.Build;

/// <summary>
/// An update rebuilds only what an edit reaches, and what a front-matter field reaches is written once, in
/// <see cref="FrontMatterReach.Fields"/>: a field added to the content model must be classified there.
/// </summary>
public sealed class FrontMatterReachTests
{
    [Fact]
    public void Every_field_of_the_front_matter_and_of_the_records_it_lists_says_how_far_an_edit_to_it_reaches()
    {
        var unclassified = FrontMatterReach.Paths.Where(p => !FrontMatterReach.Fields.ContainsKey(p)).ToList();
        Assert.True(unclassified.Count == 0,
            $"say in FrontMatterReach.Fields how far an edit to {string.Join(", ", unclassified)} reaches: its own page, the pages showing the document, or the whole site");
        Assert.Empty(FrontMatterReach.Fields.Keys.Except(FrontMatterReach.Paths));
        // The paths come from reflection: every property of FrontMatter is one, or the prefix of its record's fields.
        foreach (var property in typeof(FrontMatter).GetProperties().Where(p => p.GetMethod!.IsStatic is false).Select(p => p.Name))
            Assert.Contains(FrontMatterReach.Paths, p => p == property || p.StartsWith(property + ".", StringComparison.Ordinal));
        Assert.Contains("KeyFindings.Sources.Url", FrontMatterReach.Paths);
    }

    [Theory]
    [InlineData("summary: Old.", "summary: New.", Reach.ShowingPages)]
    [InlineData("crisis_callout: true", "crisis_callout: false", Reach.OwnPage)]
    [InlineData("terms: [a]", "terms: [a, b]", Reach.OwnPage)]
    [InlineData("sources:\n  - title: A\n    url: https://a.gov/", "sources:\n  - title: A\n    url: https://b.gov/", Reach.OwnPage)]
    [InlineData("key_findings:\n  - title: F\n    text: T\n    terms: [a]", "key_findings:\n  - title: F\n    text: T\n    terms: [b]", Reach.OwnPage)]
    [InlineData("title: Old", "title: New", Reach.Site)]
    [InlineData("aliases: [A]", "aliases: [B]", Reach.Site)]
    [InlineData("related: [a]", "related: [a, b]", Reach.Site)]
    [InlineData("updated: 2026-01-01", "updated: 2026-01-02", Reach.Site)]
    // Where a value is written matters only to its own file's diagnostics, which an update checks again.
    [InlineData("aliases: [A]", "\naliases: [A]", Reach.OwnPage)]
    public void An_edit_reaches_as_far_as_the_farthest_field_it_changes(string before, string after, Reach expected)
    {
        Assert.Equal(expected, FrontMatterReach.Of(Read(before), Read(after)));
    }

    /// <summary>Front matter of an entry (when it has aliases) or else of a report, with the given fields.</summary>
    private static FrontMatter Read(string fields)
    {
        bool Has(string key) => ("\n" + fields).Contains("\n" + key + ":", StringComparison.Ordinal);
        var entry = Has("aliases");
        var yaml = (Has("title") ? "" : "title: T\n") + (Has("summary") ? "" : "summary: S.\n") + (entry ? "" : "kind: report\n")
                   + (entry || Has("key_findings") ? "" : "key_findings:\n  - title: F\n    text: T\n    terms: [t]\n")
                   + fields + "\n";
        var diagnostics = new DiagnosticBag();
        var meta = FrontMatterReader.Read(yaml, "input/x.md", 2, entry ? DocumentKind.Entry : DocumentKind.Guide, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return meta;
    }
}
