using Glossary.Diagnostics;
using Markdig.Syntax;

namespace Glossary.Markdown;

/// <summary>
/// An HTML comment block that is never closed runs to the end of the file (CommonMark), and comments are not
/// published: without this check, an editor's forgotten "-->" would silently drop everything after it.
/// </summary>
public static class UnclosedCommentCheck
{
    public static void Check(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            if (block.Type != HtmlBlockType.Comment || block.Lines.ToString().Contains("-->", StringComparison.Ordinal)) continue;
            diagnostics.Error(block.LocationIn(file), DiagnosticCodes.UnclosedComment,
                "this HTML comment is never closed, so everything after it would be hidden from readers",
                "end the comment with '-->' where it should stop, or delete the '<!--'");
        }
    }
}
