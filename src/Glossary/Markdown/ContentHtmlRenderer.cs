using Glossary.Content;
using Glossary.Linking;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Glossary.Markdown;

/// <summary>Renders a document's Markdown to an HTML fragment, publishing each link at its resolved address.</summary>
public sealed class ContentHtmlRenderer(MarkdownPipeline pipeline)
{
    public string Render(ContentDocument document, ResolvedLinks links)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = links.Rewrite };
        pipeline.Setup(renderer);
        // Wikilinks and Markdown links to entries both render as term links, with the entry's summary attached.
        var termLinks = new TermLinkRenderer(links);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(termLinks);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new CommentDroppingHtmlBlockRenderer());
        renderer.Render(document.Markdown);
        writer.Flush();
        return writer.ToString();
    }
}
