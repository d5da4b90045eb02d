using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Markdown.WikiLinks;

/// <summary>Parses <c>[[target|label]]</c> on one line; anything else is left to the ordinary link parser.</summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '[') return false;
        var text = slice.Text;
        var start = slice.Start;
        // slice.End is inclusive: search from just after "[[" to the end of the slice.
        var close = text.IndexOf("]]", start + 2, Math.Max(0, slice.End - start - 1), StringComparison.Ordinal);
        if (close < 0) return false;
        var inner = text.AsSpan(start + 2, close - start - 2);
        if (inner.IsEmpty || inner.IndexOfAny('\n', '[', ']') >= 0) return false;

        var pipe = inner.IndexOf('|');
        var target = (pipe >= 0 ? inner[..pipe] : inner).Trim().ToString();
        var label = pipe >= 0 ? inner[(pipe + 1)..].Trim().ToString() : null;
        var hash = target.IndexOf('#');
        var term = (hash >= 0 ? target[..hash] : target).Trim();
        var anchor = hash >= 0 ? target[(hash + 1)..].Trim() : null;
        if (term.Length == 0) return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var link = new WikiLink
        {
            Term = term,
            Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
            Url = WikiLink.Scheme + target,
            IsClosed = true,
            Span = new SourceSpan(position, position + (close + 2 - start) - 1),
            Line = line,
            Column = column,
        };
        link.AppendChild(new LiteralInline(string.IsNullOrEmpty(label) ? term : label));
        processor.Inline = link;
        slice.Start = close + 2;
        return true;
    }
}
