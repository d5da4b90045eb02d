using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Modules;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Search;

namespace Glossary.Pipeline;

/// <summary>One language of the site after its links are resolved.</summary>
internal sealed record LanguageSite(Site Site, TermMatcher Matcher, SiteRoutes Routes, ResolveLinks.Result Links, ImmutableArray<Redirect> Redirects);

/// <summary>One language's page views and other files, paths already in its output folder.</summary>
internal sealed record LanguageViews(
    IReadOnlyList<PageView> Views,
    ImmutableArray<OutputFile> Files,
    FrozenDictionary<string, ImmutableArray<ContentDocument>> EntriesByCategory,
    ConcurrentDictionary<string, ImmutableArray<string>> RelatedLists,
    SearchIndex Search);

/// <summary>Everything to render and write, every language together; the default language's parts are kept for 'serve'
/// (an edit to a translation rebuilds the whole site; the default language's pages never show a translation's text).</summary>
internal sealed record Rendered(
    LanguageSite Main,
    LanguageViews MainViews,
    List<PageView> Views,
    List<OutputFile> Others,
    List<string> Paths,
    FingerprintedAssets Assets,
    Languages.Twins Twins);
