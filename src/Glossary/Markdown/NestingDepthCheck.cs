using Glossary.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Markdown;

/// <summary>
/// Markdig parses some input it then refuses to render: past 128 levels of nesting (such as a long run of '[' or
/// '>'), its HTML renderer throws. Found here, at parse time, such a file gets a diagnostic at its deepest line
/// instead of failing the build with a stack trace while pages render.
/// </summary>
public static class NestingDepthCheck
{
    /// <summary>Well below Markdig's limit, leaving room for the levels rendering adds; real content nests under 20.</summary>
    public const int Limit = 100;

    public const string Message = "the Markdown nests too deeply to be read (quotes, lists or brackets hundreds of levels deep)";

    public const string Hint = "flatten the quote or list near this line; write a literal '[' or '>' as '\\[' or '\\>'";

    public static void Check(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        if (FirstTooDeep(document) is { } deep)
            diagnostics.Error(deep.LocationIn(file), DiagnosticCodes.NestedTooDeeply, Message, Hint);
    }

    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > Limit) return item.Node;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var block in container) pending.Push((block, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return null;
    }
}
