using Markdig;
using Glossary.Markdown.WikiLinks;
using Markdig.Extensions.AutoIdentifiers;

namespace Glossary.Markdown;

/// <summary>
/// The one Markdig pipeline of the site, built once. Extensions are chosen one by one rather than with
/// UseAdvancedExtensions(): that bundle includes media links (third-party iframes) and generic attributes
/// (which would let content add on* handlers), both against the site's privacy and safety rules.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(Action<MarkdownPipelineBuilder>? extend = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseWikiLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseDefinitionLists()
            .UseAutoLinks()
            .UseSmartyPants();
        extend?.Invoke(builder);
        return builder.Build();
    }
}
