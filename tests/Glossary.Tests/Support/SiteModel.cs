using System.Collections.Immutable;
using System.Text;
using Glossary.Content;
using Glossary.Pipeline;

namespace Glossary.Tests.Support;

/// <summary>
/// A small site held as data and written out as Markdown, so a test can edit a document's fields (its summary, one
/// paragraph, a finding's terms) and never has to find and replace text in a file.
/// </summary>
public sealed class SiteModel
{
    public const string SiteYaml = TestSite.DefaultSiteYaml + """

        crisis_callout:
          heading: In crisis?
          text: Call or text 988.
          phone: "988"
          categories: [Healthcare]
        """;

    public sealed class Document(string path, string title, string summary)
    {
        public string Path { get; } = path;
        public string Title { get; set; } = title;
        public string Summary { get; set; } = summary;
        public string Slug => System.IO.Path.GetFileNameWithoutExtension(Path);
        public bool IsEntry => Path.StartsWith("glossary/", StringComparison.Ordinal);
        public bool IsGuide => Path.StartsWith("guides/", StringComparison.Ordinal);
        public bool IsReport { get; init; }
        public List<string> Aliases { get; init; } = [];
        public List<string> Categories { get; init; } = [];
        public List<string> Related { get; init; } = [];
        public List<string> Terms { get; init; } = [];
        public List<string> RedirectFrom { get; init; } = [];
        public List<Finding> Findings { get; init; } = [];
        public List<string> Sources { get; init; } = [];
        public bool Draft { get; set; }
        public bool? CrisisCallout { get; set; }
        public string? Updated { get; set; }

        /// <summary>Sections in order; the first has no heading (an entry's definition).</summary>
        public List<Section> Sections { get; init; } = [];
    }

    public sealed record Finding(string Title, string Text, List<string> Terms);

    public sealed record Section(string? Heading, List<string> Paragraphs);

    public List<Document> Documents { get; } = [];

    public IEnumerable<Document> Entries => Documents.Where(d => d.IsEntry);

    public Document this[string path] => Documents.Single(d => d.Path == path);

    public SiteInput ToInput() => new(SiteYaml, "input/site.yml",
        [.. Documents.OrderBy(d => d.Path, StringComparer.Ordinal).Select(ToFile)]);

    public static SourceFile ToFile(Document document) =>
        new(document.Path, "input/" + document.Path, Encoding.UTF8.GetBytes(Text(document)));

    public static string Text(Document d)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(d.Title).Append('\n');
        text.Append("summary: ").Append(d.Summary).Append('\n');
        List("aliases", d.Aliases);
        List("categories", d.Categories);
        List("related", d.Related);
        List("terms", d.Terms);
        List("redirect_from", d.RedirectFrom);
        if (d.IsReport) text.Append("kind: report\n");
        if (d.Findings.Count > 0) text.Append("key_findings:\n");
        foreach (var finding in d.Findings)
        {
            text.Append("  - title: ").Append(finding.Title).Append("\n    text: ").Append(finding.Text).Append('\n');
            if (finding.Terms.Count > 0) text.Append("    terms: [").AppendJoin(", ", finding.Terms).Append("]\n");
        }
        if (d.Sources.Count > 0) text.Append("sources:\n");
        foreach (var source in d.Sources)
            text.Append("  - title: Source ").Append(source).Append("\n    url: https://www.example.gov/").Append(source).Append('\n');
        if (d.Draft) text.Append("draft: true\n");
        if (d.CrisisCallout is { } crisis) text.Append("crisis_callout: ").Append(crisis ? "true" : "false").Append('\n');
        if (d.Updated is { } updated) text.Append("updated: ").Append(updated).Append('\n');
        text.Append("---\n");
        foreach (var section in d.Sections)
        {
            if (section.Heading is { } heading) text.Append("\n## ").Append(heading).Append('\n');
            foreach (var paragraph in section.Paragraphs) text.Append('\n').Append(paragraph).Append('\n');
        }
        return text.ToString();

        void List(string key, List<string> values)
        {
            if (values.Count > 0) text.Append(key).Append(": [").AppendJoin(", ", values).Append("]\n");
        }
    }

    private static Document Entry(string slug, string title, string[] aliases, string[] categories, string[] related, string body) =>
        new($"glossary/{slug}.md", title, $"What {title} means for a claim.")
        {
            Aliases = [.. aliases], Categories = [.. categories], Related = [.. related],
            Sections =
            [
                new(null, [$"{title} is a term used by health plans."]),
                new("Examples", [$"An example of {title}.", body]),
                new("How it is used against you", [$"How {title} is used to deny care."]),
                new("What you can do", [$"Ask in writing about {title}."]),
            ],
        };

    /// <summary>Eight cross-linked entries, a guide, a report and a page: every kind of page and every list an edit can reach.</summary>
    public static SiteModel Fixture()
    {
        var model = new SiteModel();
        model.Documents.AddRange(
        [
            Entry("medical-necessity", "Medical Necessity", ["medically necessary"], ["Insurance"], ["prior-authorization"],
                "See [[Prior Authorization]] and [the deadlines](external-review.md#deadlines)."),
            Entry("prior-authorization", "Prior Authorization", ["PA", "preauthorization"], ["Insurance"], ["medical-necessity"],
                "Read [[medical-necessity|what plans call necessary]]."),
            Entry("external-review", "External Review", ["IRO review"], ["Insurance", "Healthcare"], ["internal-appeal"],
                "It follows an [[Internal Appeal]]."),
            Entry("internal-appeal", "Internal Appeal", [], ["Insurance"], ["external-review"], "Then ask for [[External Review]]."),
            Entry("iop", "Intensive Outpatient Program", ["IOP"], ["Healthcare"], [], "Care several days a week."),
            Entry("cancellation-policy", "Cancellation Policy", ["no-show fee"], ["Finance"], [], "A fee for a missed session."),
            Entry("parity", "Mental Health Parity", ["parity"], ["Insurance", "Healthcare"], [], "Compare with [[IOP]] coverage."),
            Entry("balance-billing", "Balance Billing", [], ["Finance"], [], "A bill for the rest of the charge."),
        ]);
        model["glossary/external-review.md"].Sections.Insert(2, new("Deadlines", ["Four months after the final denial."]));
        model["glossary/cancellation-policy.md"].RedirectFrom.Add("missed-session-fee");
        model["glossary/medical-necessity.md"].Sources.Add("criteria");
        model.Documents.Add(new("guides/appeals.md", "How to appeal", "Steps to appeal a denial.")
        {
            Categories = ["Insurance"], Terms = ["medical-necessity", "internal-appeal"], Updated = "2026-04-01",
            Sections = [new(null, ["Start with [medical necessity](../glossary/medical-necessity.md)."]), new("Step one", ["Read the letter."])],
        });
        model.Documents.Add(new("guides/report.md", "A report on coverage", "What we found about coverage.")
        {
            IsReport = true, Categories = ["Insurance"],
            Findings = [new("Criteria matter", "Ask for the criteria.", ["Medical Necessity", "PA"])],
            Sections = [new(null, ["The report body."])],
        });
        model.Documents.Add(new("pages/about.md", "About", "About the test site.") { Sections = [new(null, ["About us."])] });
        return model;
    }

    /// <summary>The names other documents may use for an entry in a wikilink or a list: its title, aliases and slug.</summary>
    public static ImmutableArray<string> NamesOf(Document entry) => [entry.Title, .. entry.Aliases, entry.Slug];
}
