using Markdig;
using Glossary.Markdown.WikiLinks;
using Markdig.Extensions.AutoIdentifiers;

namespace Glossary.Markdown;

/// <summary>
/// The site's Markdig pipeline (the build makes one and keeps it). Extensions are chosen one by one rather than with
/// UseAdvancedExtensions(): that bundle includes media links (third-party iframes) and generic attributes
/// (which would let content add on* handlers), both against the site's privacy and safety rules.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseWikiLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseDefinitionLists()
            .UseAutoLinks()
            .UseSmartyPants()
            .Build();
}
