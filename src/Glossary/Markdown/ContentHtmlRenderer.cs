using Glossary.Content;
using Glossary.Linking;
using Markdig;
using Markdig.Renderers;

namespace Glossary.Markdown;

/// <summary>Renders a document's Markdown to an HTML fragment, publishing each link at its resolved address.</summary>
public sealed class ContentHtmlRenderer(MarkdownPipeline pipeline)
{
    public string Render(ContentDocument document, ResolvedLinks links)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = links.Rewrite };
        pipeline.Setup(renderer);
        renderer.Render(document.Markdown);
        writer.Flush();
        return writer.ToString();
    }
}
