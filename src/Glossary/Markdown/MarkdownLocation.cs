using Glossary.Diagnostics;
using Markdig.Syntax;

namespace Glossary.Markdown;

/// <summary>Markdig counts lines and columns from 0, diagnostics from 1: the one place that converts a node's position.</summary>
public static class MarkdownLocation
{
    public static SourceLocation LocationIn(this MarkdownObject node, string file) => new(file, node.Line + 1, node.Column + 1);
}
