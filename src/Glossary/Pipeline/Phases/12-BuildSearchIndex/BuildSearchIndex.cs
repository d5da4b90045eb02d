using Glossary.Content;
using Glossary.Search;

namespace Glossary.Pipeline.Phases;

/// <summary>Phase 12: the static search index (<see cref="SearchIndex"/>; its files are described in <see cref="SearchIndexBuilder"/>).</summary>
public static class BuildSearchIndex
{
    public static SearchIndex Run(Site site) => SearchIndex.Create(site);

    /// <summary>The index after one document's text or summary changed (an update), with the files that changed; null when it is not in the index.</summary>
    public static (SearchIndex Index, IReadOnlyList<Output.OutputFile> Changed, IReadOnlyList<string> Removed)? Run(SearchIndex previous, ContentDocument updated, string basePath) =>
        previous.WithDocument(updated, basePath);
}
