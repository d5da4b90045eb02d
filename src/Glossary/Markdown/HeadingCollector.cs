using System.Collections.Immutable;
using Glossary.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Glossary.Markdown;

public static class HeadingCollector
{
    public static ImmutableArray<HeadingInfo> Collect(MarkdownDocument document) =>
    [
        .. document.Descendants<HeadingBlock>()
            .Select(h => new HeadingInfo(h.Level, InlineText.Of(h), h.GetAttributes().Id ?? "", h.LineOf())),
    ];
}
