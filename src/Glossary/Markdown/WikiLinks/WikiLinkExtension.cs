using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Glossary.Markdown.WikiLinks;

/// <summary>
/// Adds <c>[[wikilinks]]</c> to a Markdig pipeline: the parser, before ordinary links. A <see cref="WikiLink"/> is a
/// <see cref="Markdig.Syntax.Inlines.LinkInline"/>, so it renders as one; the site's renderer
/// (<see cref="ContentHtmlRenderer"/>) writes it at the address link resolution found.
/// </summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

public static class WikiLinkPipelineExtensions
{
    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<WikiLinkExtension>();
        return pipeline;
    }
}
