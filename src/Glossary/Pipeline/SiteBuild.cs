using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Explain;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Search;

namespace Glossary.Pipeline;

/// <summary>
/// What a successful build knows, kept by 'serve' so the next edit can be rebuilt from it (<see cref="SitePipeline.Update"/>):
/// the phases' products (the linked site, its links, the semantic network, redirects, the related-terms fill-in lists, the "Explain my letter"
/// data with what input/data/ said, the search index), what each output read of other documents, the output files
/// (sorted by path, with each path's position), the ids on every page, and each phase's diagnostics.
/// Immutable: an update makes a new one and the old one stays valid.
/// </summary>
public sealed record SiteBuild(
    SiteInput Input,
    Site Site,
    SiteLinks Links,
    Network.SemanticGraph Network,
    ImmutableArray<Redirect> Redirects,
    FingerprintedAssets Assets,
    FrozenDictionary<string, ImmutableArray<ContentDocument>> EntriesByCategory,
    ExplainData Explain,
    SiteReads Reads,
    SearchIndex Search,
    ImmutableArray<OutputFile> Files,
    FrozenSet<string> Written,
    IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByPage,
    PhaseDiagnostics Diagnostics)
{
    /// <summary>
    /// The site's other languages, and the versions of each page in every language, so pages an update makes again keep
    /// their alternates and the site files list every language (an edit to a translation builds the whole site).
    /// </summary>
    public ImmutableArray<LanguageSite> Translations { get; init; } = [];

    public Languages.Twins? Twins { get; init; }

    /// <summary>Each output path's position in <see cref="Files"/>.</summary>
    public FrozenDictionary<string, int> FileIndex { get; init; } = IndexOf(Files);

    /// <summary>Every output path after an update adds and removes some (the same set when none comes or goes, the usual case).</summary>
    public FrozenSet<string> WrittenAfter(IEnumerable<string> changed, IReadOnlyCollection<string> removed)
    {
        var added = changed.Where(p => !Written.Contains(p)).ToList();
        return added.Count == 0 && removed.Count == 0 ? Written : Written.Except(removed).Concat(added).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The state with these files replaced, added or removed; in place when no path comes or goes.</summary>
    public SiteBuild WithFiles(IReadOnlyList<OutputFile> changed, IReadOnlyCollection<string> removed)
    {
        var written = WrittenAfter(changed.Select(f => f.Path), removed);
        if (written == Written)
        {
            var files = Files.ToBuilder();
            foreach (var file in changed) files[FileIndex[file.Path]] = file;
            return this with { Files = files.MoveToImmutable() };
        }
        var byPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var path in removed) byPath.Remove(path);
        foreach (var file in changed) byPath[file.Path] = file;
        var sorted = byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        return this with { Files = sorted, FileIndex = IndexOf(sorted), Written = written };
    }

    private static FrozenDictionary<string, int> IndexOf(ImmutableArray<OutputFile> files) =>
        files.Select((f, i) => (f.Path, i)).ToFrozenDictionary(p => p.Path, p => p.i, StringComparer.Ordinal);
}
