using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Modules;
using Glossary.Output;
using Glossary.Search;

namespace Glossary.Pipeline;

/// <summary>
/// What a successful build knows, kept by 'serve' so the next edit can be rebuilt from it (<see cref="SitePipeline.Update"/>):
/// the linked site, the link graph, the output files (sorted by path, with each path's position), the ids on every
/// page, and the search index. Immutable: an update makes a new one and the old one stays valid.
/// </summary>
public sealed record SiteBuild(
    SiteInput Input,
    Site Site,
    SiteRoutes Routes,
    TermMatcher Matcher,
    FrozenDictionary<string, ImmutableArray<ContentDocument>> EntriesByCategory,
    IReadOnlyDictionary<string, ImmutableArray<string>> RelatedLists,
    ResolveLinks.Result Links,
    ImmutableArray<Redirect> Redirects,
    FingerprintedAssets Assets,
    ImmutableArray<OutputFile> Files,
    FrozenDictionary<string, int> FileIndex,
    FrozenSet<string> Written,
    IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByPage,
    SearchIndex Search,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The versions of each page in the site's languages, so pages 'serve' renders again keep their alternates.</summary>
    public Languages.Twins? Twins { get; init; }
}
