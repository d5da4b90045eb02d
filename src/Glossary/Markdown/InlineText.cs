using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Markdown;

/// <summary>The plain text a reader sees in a run of inlines (emphasis and links flattened).</summary>
public static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case Markdig.Extensions.SmartyPants.SmartyPant pant:
                sb.Append(pant.Type switch
                {
                    Markdig.Extensions.SmartyPants.SmartyPantType.LeftQuote => '‘',
                    Markdig.Extensions.SmartyPants.SmartyPantType.RightQuote => '’',
                    Markdig.Extensions.SmartyPants.SmartyPantType.LeftDoubleQuote => '“',
                    Markdig.Extensions.SmartyPants.SmartyPantType.RightDoubleQuote => '”',
                    Markdig.Extensions.SmartyPants.SmartyPantType.Dash2 => '–',
                    Markdig.Extensions.SmartyPants.SmartyPantType.Dash3 => '—',
                    Markdig.Extensions.SmartyPants.SmartyPantType.Ellipsis => '…',
                    _ => ' ',
                });
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, sb);
                break;
        }
    }
}
