using Glossary.Diagnostics;
using Markdig.Syntax;

namespace Glossary.Markdown;

/// <summary>
/// Markdig counts lines and columns from 0, diagnostics from 1: the one place that converts a Markdig position. Offsets
/// in a text convert in <see cref="Text.TextPosition"/>.
/// </summary>
public static class MarkdownLocation
{
    public static SourceLocation LocationIn(this MarkdownObject node, string file) => At(file, node.Line, node.Column);

    /// <summary>A position Markdig reported as a 0-based line and column (an inline parser's <c>GetSourcePosition</c>).</summary>
    public static SourceLocation At(string file, int line, int column) => new(file, line + 1, column + 1);

    /// <summary>The node's line, from 1.</summary>
    public static int LineOf(this MarkdownObject node) => node.Line + 1;

    /// <summary>The node's column, from 1.</summary>
    public static int ColumnOf(this MarkdownObject node) => node.Column + 1;
}
