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
        var inner = close < 0 ? text.AsSpan(start + 2, Math.Max(0, slice.End - start - 1)) : text.AsSpan(start + 2, close - start - 2);
        var lineEnd = inner.IndexOf('\n');
        var onThisLine = lineEnd < 0 ? inner : inner[..lineEnd];
        // "[[Term" or "[[Term]" with no "]]" before the line ends, and no other '[' or Markdown link in the way: the
        // editor forgot to close it.
        if ((close < 0 || lineEnd >= 0) && !onThisLine.Contains('[') && !onThisLine.Contains("](", StringComparison.Ordinal))
        {
            RecordUnclosed(processor, start);
            return false;
        }
        if (close < 0 || inner.IsEmpty || inner.IndexOfAny('\n', '[', ']') >= 0) return false;

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

    private static readonly object UnclosedKey = new();

    /// <summary>Where a document opens a wikilink with "[[" and never closes it on that line (0-based lines and columns).</summary>
    public static IReadOnlyList<(int Line, int Column)> UnclosedIn(MarkdownDocument document) =>
        document.GetData(UnclosedKey) as List<(int, int)> ?? [];

    private static void RecordUnclosed(InlineProcessor processor, int start)
    {
        processor.GetSourcePosition(start, out var line, out var column);
        if (processor.Document.GetData(UnclosedKey) is not List<(int, int)> found)
            processor.Document.SetData(UnclosedKey, found = []);
        found.Add((line, column));
    }
}
