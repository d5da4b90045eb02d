using Glossary.Diagnostics;
using Glossary.Markdown;
using Glossary.Text;
using Markdig.Syntax;

namespace Glossary.Content;

/// <summary>
/// The structure every glossary entry follows: a definition paragraph, then sections. Required sections are
/// validated; Benefits and Conclusion are optional, and editors may add other sections.
/// </summary>
public static class EntrySections
{
    public const string Examples = "Examples";
    public const string Misuse = "Misuse";
    public const string WhatYouCanDo = "What you can do";
    public const string Benefits = "Benefits";
    public const string Conclusion = "Conclusion";

    public static readonly string[] Required = [Examples, Misuse, WhatYouCanDo];
    public static readonly string[] Optional = [Benefits, Conclusion];

    public static void Validate(MarkdownDocument markdown, string file, int lastLine, DiagnosticBag diagnostics)
    {
        var firstSection = markdown.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 2);
        var hasDefinition = markdown
            .TakeWhile(b => b != firstSection)
            .OfType<ParagraphBlock>()
            .Any(p => InlineText.Of(p).Length > 0);
        if (!hasDefinition)
        {
            var line = firstSection is null ? lastLine : firstSection.Line + 1;
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
            if (present.ContainsKey(TextFolding.Fold(section))) continue;
            var near = present.FirstOrDefault(p => EditDistance.Levenshtein(p.Key, TextFolding.Fold(section)) <= 3).Value;
            diagnostics.Error(new SourceLocation(file, lastLine, 1), DiagnosticCodes.MissingSection, $"missing required section '## {section}'",
                near is null
                    ? $"every entry has the sections {string.Join(", ", Required.Select(s => $"'## {s}'"))}; add '## {section}' with at least a paragraph"
                    : $"a heading '## {near}' is close: rename it to '## {section}'");
        }
    }
}
