using Glossary.Diagnostics;

namespace Glossary.Text;

/// <summary>
/// Where an offset in a text is, counted as diagnostics count: lines and columns from 1, columns in characters. The one
/// place that turns offsets into positions; Markdig nodes and YAML marks carry their own (see
/// <see cref="Markdown.MarkdownLocation"/> and <see cref="Yaml.YamlLocation"/>).
/// </summary>
public static class TextPosition
{
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int offset)
    {
        var before = text[..offset];
        return (before.Count('\n') + 1, offset - before.LastIndexOf('\n'));
    }

    public static SourceLocation In(string file, ReadOnlySpan<char> text, int offset)
    {
        var (line, column) = Of(text, offset);
        return new SourceLocation(file, line, column);
    }

    /// <summary>An offset in a piece of a file (a raw HTML block) that itself starts at <paramref name="start"/>.</summary>
    public static SourceLocation Within(SourceLocation start, ReadOnlySpan<char> piece, int offset)
    {
        var (line, column) = Of(piece, offset);
        return line == 1 ? start with { Column = start.Column + column - 1 } : start with { Line = start.Line + line - 1, Column = column };
    }

    /// <summary>The line of a byte offset in UTF-8 text (where a file stops decoding).</summary>
    public static int LineOf(ReadOnlySpan<byte> utf8, int offset) => utf8[..offset].Count((byte)'\n') + 1;

    /// <summary>The line a text ends on, a final line break aside.</summary>
    public static int LastLine(ReadOnlySpan<char> text) => text.TrimEnd('\n').Count('\n') + 1;
}
