using Glossary.Diagnostics;
using Markdig.Syntax;

namespace Glossary.Markdown.WikiLinks;

/// <summary>
/// "[[Medical Necessity" or "[[Medical Necessity]" without its closing "]]" is not a link and shows as plain text;
/// a warning at the "[[" says so (the page still builds; 'build --strict' stops).
/// </summary>
public static class UnclosedWikiLinkCheck
{
    public static void Check(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        foreach (var (line, column) in WikiLinkParser.UnclosedIn(document))
            diagnostics.Warning(MarkdownLocation.At(file, line, column), DiagnosticCodes.UnclosedWikiLink,
                "'[[' opens a link that is not closed with ']]' on the same line, so it shows as plain text",
                "close it, as in [[Medical Necessity]]; to show two brackets as text, write \\[[");
    }
}
