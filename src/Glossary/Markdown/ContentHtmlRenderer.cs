using Glossary.Content;
using Glossary.Linking;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Glossary.Markdown;

/// <summary>
/// Renders a document's Markdown to an HTML fragment, publishing each link at its resolved address. Each thread keeps
/// one Markdig renderer and its buffer for every page it renders: set up afresh per page, they were about a twentieth
/// of rendering a site.
/// </summary>
public sealed class ContentHtmlRenderer(MarkdownPipeline pipeline)
{
    private readonly ThreadLocal<Reusable> _reusable = new(() => new Reusable(pipeline));

    public string Render(ContentDocument document, ResolvedLinks links)
    {
        var reusable = _reusable.Value!;
        // A page rendered while this thread's renderer is busy (never in a build) gets a renderer of its own.
        return reusable.InUse ? new Reusable(pipeline).Render(document, links) : reusable.Render(document, links);
    }

    private sealed class Reusable
    {
        private readonly StringWriter _writer = new();
        private readonly RestartableHtmlRenderer _renderer;
        private readonly TermLinkRenderer _termLinks = new();

        public Reusable(MarkdownPipeline pipeline)
        {
            _renderer = new RestartableHtmlRenderer(_writer);
            pipeline.Setup(_renderer);
            // Wikilinks and Markdown links to entries both render as term links, with the entry's summary attached.
            _renderer.ObjectRenderers.Replace<LinkInlineRenderer>(_termLinks);
            _renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new CommentDroppingHtmlBlockRenderer());
        }

        public bool InUse { get; private set; }

        public string Render(ContentDocument document, ResolvedLinks links)
        {
            InUse = true;
            try
            {
                _writer.GetStringBuilder().Clear();
                _renderer.Restart();
                _renderer.LinkRewriter = links.Rewrite;
                _termLinks.Links = links;
                _renderer.Render(document.Markdown);
                _writer.Flush();
                return _writer.ToString();
            }
            finally
            {
                _renderer.LinkRewriter = null;
                _termLinks.Links = null;
                InUse = false;
            }
        }
    }

    /// <summary>An HTML renderer that can start a new document: Markdig's reset of line and indent state is protected.</summary>
    private sealed class RestartableHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        public void Restart() => Reset();
    }
}
