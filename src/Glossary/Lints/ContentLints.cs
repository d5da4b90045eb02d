using System.Globalization;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Text;

namespace Glossary.Lints;

/// <summary>
/// The lints of 'glossary check': readability above the site's grade limit, stale or missing reviews, missing sources,
/// orphan entries, long summaries and unfinished 'glossary new' prompts. All are warnings (errors under --strict).
/// </summary>
public sealed class ContentLints(DateOnly today) : ISiteLint
{
    public const int MaxSummaryWords = 30;
    public const string PromptMarker = "<!-- glossary:prompt";

    public const int MinEntrySources = 2;

    /// <summary>What an entry's sources lack, or null: every entry rests on two sources, one of them primary.</summary>
    public static string? WeakSources(ContentDocument entry) =>
        entry.Meta.Sources.Length < MinEntrySources ? $"cites {entry.Meta.Sources.Length} source; entries cite at least {MinEntrySources}"
        : !entry.Meta.Sources.Any(s => PrimarySources.IsPrimary(s.Url)) ? "cites no primary source (a statute, regulation or regulator's page)"
        : null;

    public void Check(Site site, LinkGraph graph, DiagnosticBag diagnostics)
    {
        // The grade formula (Flesch–Kincaid) is for English; a translation's entries are found through their twins.
        var isDefaultLanguage = site.Config.OutputFolder.Length == 0;
        // A document whose front matter has errors waits for them to be fixed: what could not be read would show as missing.
        foreach (var document in site.Documents.Where(d => d.Kind != DocumentKind.Page && !d.Meta.Partial))
        {
            var file = SourceLocation.WholeFile(document.DisplayPath);
            var grade = isDefaultLanguage ? Readability.Grade(document.Markdown) : 0;
            if (grade > site.Config.ReadabilityGrade)
                diagnostics.Warning(file, DiagnosticCodes.HardToRead,
                    string.Create(CultureInfo.InvariantCulture, $"reads at US grade {grade:F1}; the limit is {site.Config.ReadabilityGrade}"),
                    "use shorter sentences and everyday words; one idea per sentence");

            if (document.Meta.Reviewed is not { } reviewed)
                diagnostics.Warning(file, DiagnosticCodes.StaleReview, "has no 'reviewed' date",
                    "after checking the page against its sources, add 'reviewed: YYYY-MM-DD'");
            else if (reviewed < today.AddMonths(-12))
                diagnostics.Warning(file, DiagnosticCodes.StaleReview, $"was last reviewed on {reviewed:yyyy-MM-dd}, more than 12 months ago",
                    "check the page against its sources again, then update 'reviewed'");

            if (document.Meta.Sources.IsEmpty)
                diagnostics.Warning(file, DiagnosticCodes.NoSources, "cites no sources",
                    "add 'sources:' with the statute, regulation or regulator's guide the page rests on");
            else if (document.Kind == DocumentKind.Entry && WeakSources(document) is { } weakness)
                diagnostics.Warning(file, DiagnosticCodes.WeakSources, weakness,
                    "cite at least two sources, one of them primary: the statute, the regulation (with its section) or the regulator's own page");

            var summaryWords = document.Meta.Summary.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (summaryWords > MaxSummaryWords)
                diagnostics.Warning(file, DiagnosticCodes.LongSummary, $"summary has {summaryWords} words; keep it to {MaxSummaryWords}",
                    "one plain sentence: it is shown in previews, search results and link cards");

            var text = System.Text.Encoding.UTF8.GetString(document.Source.Bytes);
            var prompt = text.IndexOf(PromptMarker, StringComparison.Ordinal);
            if (prompt >= 0)
                diagnostics.Warning(TextPosition.In(document.DisplayPath, text, prompt), DiagnosticCodes.UnfinishedTemplate,
                    "a writing prompt from 'glossary new' is still here", "replace the prompt with your text, then delete the <!-- glossary:prompt … --> line");

            if (isDefaultLanguage && document.Kind == DocumentKind.Entry && graph.LinksTo(document).IsEmpty)
                diagnostics.Warning(file, DiagnosticCodes.Orphan, "no page links to this entry",
                    "mention or link it from a related entry or guide, so readers can find it");
        }
    }
}
