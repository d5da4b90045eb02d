using Glossary.Linking;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Glossary.Markdown;

/// <summary>
/// Renders Markdown links (and wikilinks) in content: a link to a glossary entry becomes a term link that
/// carries the entry's summary through aria-describedby (no title tooltip); a link to a page in another language says
/// so (hreflang, and its language in words inside the link); anything else renders as usual.
/// </summary>
public sealed class TermLinkRenderer : LinkInlineRenderer
{
    /// <summary>The links of the document being rendered (the renderer is kept from page to page).</summary>
    public ResolvedLinks? Links { get; set; }

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var links = Links ?? throw new InvalidOperationException("TermLinkRenderer renders only with the links of a document");
        if (!link.IsImage && link.Url is not null && links.OtherLanguageAt(link.Url) is { } language)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(links.Rewrite(link.Url)).Write("\" hreflang=\"").WriteEscape(language.Code).Write("\">");
            renderer.WriteChildren(link);
            renderer.Write(" <span class=\"link-language\">").WriteEscape(language.Label).Write("</span></a>");
            return;
        }
        if (link.IsImage || link.Url is null || links.TermAt(link.Url) is not { } term)
        {
            base.Write(renderer, link);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(links.Rewrite(link.Url)).Write("\" class=\"term-link\" aria-describedby=\"")
            .WriteEscape(TermIds.For(term)).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
