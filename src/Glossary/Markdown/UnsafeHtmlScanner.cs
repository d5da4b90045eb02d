using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Glossary.Diagnostics;
using Glossary.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Markdown;

/// <summary>
/// Raw HTML in content is not trusted. Reports elements and attributes that could run code, load
/// third parties or break the site's Content-Security-Policy, each at its file:line:column. Images, video and audio
/// from other sites are refused too (in Markdown or HTML): each would tell that site who reads the page, and the
/// Content-Security-Policy would block it anyway, leaving a broken image.
/// </summary>
public static class UnsafeHtmlScanner
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "form",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "poster", "xlink:href", "background", "cite",
    };

    /// <summary>Attributes that make the browser fetch something as soon as the page loads.</summary>
    private static readonly HashSet<string> EmbedAttributes = new(StringComparer.OrdinalIgnoreCase) { "src", "srcset", "poster", "background" };

    /// <summary>
    /// SVG elements whose href (or xlink:href) fetches a file as the page loads; an &lt;a&gt;'s is a link. Matched in
    /// any namespace: an inline tag is parsed alone, without the &lt;svg&gt; around it, and HTML turns a lone
    /// &lt;image&gt; into &lt;img&gt;.
    /// </summary>
    private static readonly HashSet<string> SvgFetchingElements = new(StringComparer.OrdinalIgnoreCase) { "image", "img", "use", "feImage" };

    /// <summary>SVG animation (&lt;set&gt;, &lt;animate&gt;) writes these values into another attribute, such as an &lt;a&gt;'s href.</summary>
    private static readonly HashSet<string> AnimationValues = new(StringComparer.OrdinalIgnoreCase) { "to", "from", "by", "values" };

    private const string Hint = "remove it: content may use Markdown and simple HTML only; interactive parts belong in the theme";

    private const string EmbedHint = "save the file in input/ (beside the page) and use its path, such as ![A chart](chart.png)";

    public static void Scan(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>())
            ScanHtml(block.Lines.ToString(), block.LineOf(), block.ColumnOf(), file, diagnostics);
        foreach (var inline in document.Descendants<HtmlInline>())
            ScanHtml(inline.Tag, inline.LineOf(), inline.ColumnOf(), file, diagnostics);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var at = link.LocationIn(file);
            CheckUrl(link.Url, link.IsImage ? "image" : "link", at, diagnostics);
            if (link.IsImage && IsFromAnotherSite(link.Url))
                diagnostics.Error(at, DiagnosticCodes.UnsafeHtml, $"image from another site ('{Truncate(link.Url!)}') is not allowed: it would tell that site who reads the page",
                    EmbedHint);
        }
        foreach (var link in document.Descendants<AutolinkInline>())
            CheckUrl(link.Url, "link", link.LocationIn(file), diagnostics);
    }

    public static bool IsScriptUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        // Browsers ignore control characters and spaces inside the scheme: "java\tscript:" still runs.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
               || compact.StartsWith("vbscript:", StringComparison.Ordinal)
               || compact.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    /// <summary>An address on another host: absolute with a scheme and host (https://…), or scheme-relative (//host/…).</summary>
    public static bool IsFromAnotherSite(string? url)
    {
        var trimmed = url?.Trim() ?? "";
        return trimmed.StartsWith("//", StringComparison.Ordinal)
               || (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host));
    }

    /// <summary>The URLs an attribute names: srcset lists several ("a.png 1x, b.png 2x"), an animation's values too ("/a;/b").</summary>
    private static IEnumerable<string> CandidateUrls(string attribute, string value) =>
        attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])
            : attribute.Equals("values", StringComparison.OrdinalIgnoreCase) ? value.Split(';') : [value];

    private static bool NamesUrl(string attribute) => UrlAttributes.Contains(attribute) || AnimationValues.Contains(attribute);

    private static bool Fetches(IElement element, string attribute) =>
        EmbedAttributes.Contains(attribute)
        || (SvgFetchingElements.Contains(element.LocalName)
            && (attribute.Equals("href", StringComparison.OrdinalIgnoreCase) || attribute.Equals("xlink:href", StringComparison.OrdinalIgnoreCase)));

    private static void CheckUrl(string? url, string what, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (IsScriptUrl(url))
            diagnostics.Error(at, DiagnosticCodes.UnsafeHtml, $"{what} uses a script URL ('{Truncate(url!)}')",
                "link to a page (https://… or another entry) instead");
    }

    private static void ScanHtml(string html, int line, int column, string file, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        foreach (var element in document.Body!.Descendants<IElement>().Concat(document.Head!.Children))
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name))
            {
                diagnostics.Error(Locate(html, "<" + name, line, column, file), DiagnosticCodes.UnsafeHtml,
                    $"raw HTML element <{name}> is not allowed in content", Hint);
                continue;
            }
            foreach (var attribute in element.Attributes)
            {
                var attr = attribute.Name;
                if (attr.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error(Locate(html, attr, line, column, file), DiagnosticCodes.UnsafeHtml,
                        $"event handler attribute '{attr}' on <{name}> is not allowed in content", Hint);
                else if (attr.Equals("style", StringComparison.OrdinalIgnoreCase) || attr.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error(Locate(html, attr, line, column, file), DiagnosticCodes.UnsafeHtml,
                        $"attribute '{attr}' on <{name}> is not allowed in content (the site's Content-Security-Policy blocks it)", Hint);
                else if (NamesUrl(attr) && CandidateUrls(attr, attribute.Value).Any(IsScriptUrl))
                    diagnostics.Error(Locate(html, attr, line, column, file), DiagnosticCodes.UnsafeHtml,
                        $"attribute '{attr}' on <{name}> uses a script URL", "link to a page (https://… or another entry) instead");
                else if (Fetches(element, attr) && CandidateUrls(attr, attribute.Value).Any(IsFromAnotherSite))
                    diagnostics.Error(Locate(html, attr, line, column, file), DiagnosticCodes.UnsafeHtml,
                        $"<{name} {attr}> loads a file from another site, which would tell that site who reads the page", EmbedHint);
            }
        }
    }

    /// <summary>Finds the line and column of <paramref name="needle"/> inside a raw HTML chunk that starts at line/column.</summary>
    private static SourceLocation Locate(string html, string needle, int line, int column, string file)
    {
        var start = new SourceLocation(file, line, column);
        var index = html.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? start : TextPosition.Within(start, html, index);
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
