using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Glossary.Markdown;

/// <summary>
/// Renders raw HTML blocks as usual, except HTML comments: they are notes to editors (and the writing prompts of
/// 'glossary new'), never meant for readers, so they are left out of the published page.
/// </summary>
public sealed class CommentDroppingHtmlBlockRenderer : HtmlBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment) return;
        base.Write(renderer, block);
    }
}
