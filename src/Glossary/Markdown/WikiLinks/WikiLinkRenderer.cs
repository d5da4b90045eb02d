using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Glossary.Markdown.WikiLinks;

/// <summary>Renders a resolved wikilink as an ordinary anchor marked as a term link.</summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLink>
{
    protected override void Write(HtmlRenderer renderer, WikiLink link)
    {
        var href = renderer.LinkRewriter is { } rewrite ? rewrite(link.Url!) : link.Url!;
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\" class=\"term-link\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
