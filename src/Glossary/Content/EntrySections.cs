using Glossary.Diagnostics;
using Glossary.Markdown;
using Glossary.Text;
using Markdig.Syntax;

namespace Glossary.Content;

/// <summary>
/// The structure every glossary entry follows: a definition paragraph, then sections. Required sections are
/// validated; Benefits and Conclusion are optional, and editors may add other sections. 'glossary new' writes
/// <see cref="All"/> in this order, so the template and the validator read one list.
/// </summary>
public static class EntrySections
{
    public static readonly EntrySection Examples = new("Examples", true, "One or two short, concrete examples from a reader's life.");

    // "Misuse" could read as misuse by the patient; the section is about practices used against the reader.
    public static readonly EntrySection UsedAgainstYou = new("How it is used against you", true,
        "How insurers or providers use this against consumers. Stick to facts you can source.", ["Misuse"]);

    public static readonly EntrySection Benefits = new("Benefits", false, "Optional: what the thing is good for when it works as it should.");

    public static readonly EntrySection WhatYouCanDo = new("What you can do", true,
        "Practical steps a reader can take (ask for it in writing, appeal…). General information, never advice for one case.");

    public static readonly EntrySection Conclusion = new("Conclusion", false, "Optional: one or two sentences that sum up.");

    public static readonly IReadOnlyList<EntrySection> All = [Examples, UsedAgainstYou, Benefits, WhatYouCanDo, Conclusion];

    public static IEnumerable<EntrySection> Required => All.Where(s => s.Required);

    public static void Validate(MarkdownDocument markdown, string file, int lastLine, DiagnosticBag diagnostics)
    {
        var firstSection = markdown.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 2);
        var hasDefinition = markdown
            .TakeWhile(b => b != firstSection)
            .OfType<ParagraphBlock>()
            .Any(p => InlineText.Of(p).Length > 0);
        if (!hasDefinition)
        {
            var line = firstSection is null ? lastLine : firstSection.LineOf();
            diagnostics.Error(new SourceLocation(file, line, 1), DiagnosticCodes.MissingSection, "missing the definition paragraph",
                "start the body with one or two plain sentences that define the term, before the first '## ' heading");
        }

        var present = markdown.OfType<HeadingBlock>()
            .Where(h => h.Level == 2)
            .Select(h => InlineText.Of(h))
            .GroupBy(TextFolding.Fold)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var section in Required)
        {
            if (section.AcceptedHeadings.Any(h => present.ContainsKey(TextFolding.Fold(h)))) continue;
            var wanted = TextFolding.Fold(section.Heading);
            var near = present.FirstOrDefault(p => EditDistance.Between(p.Key, wanted) <= 3).Value;
            diagnostics.Error(new SourceLocation(file, lastLine, 1), DiagnosticCodes.MissingSection, $"missing required section '## {section.Heading}'",
                near is null
                    ? $"every entry has the sections {string.Join(", ", Required.Select(s => $"'## {s.Heading}'"))}; add '## {section.Heading}' with at least a paragraph"
                    : $"a heading '## {near}' is close: rename it to '## {section.Heading}'");
        }
    }
}
