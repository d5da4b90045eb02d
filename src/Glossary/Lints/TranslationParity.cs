using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Languages;
using Glossary.Linking;

namespace Glossary.Lints;

/// <summary>
/// Whether each translation still says what its twin says: a translation records the version of its twin it translates
/// (source_hash); when the twin changed since, the translation is stale (GL0708, at its source_hash line, naming both
/// files). A translation with no twin is an orphan (GL0709). Counts, per language, how many of the default language's
/// pages have a current, a stale or no twin (<see cref="Report"/>).
/// </summary>
public sealed class TranslationParity : ISiteLint
{
    private readonly List<ParityCount> _report = [];

    /// <summary>One line per translation, in site.yml's order, once the build has run the lint.</summary>
    public IReadOnlyList<ParityCount> Report => _report;

    public void Check(Site site, LinkGraph graph, DiagnosticBag diagnostics)
    {
        if (site.Fallback is not { } source) return;
        var twins = site.Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
        int current = 0, stale = 0, missing = 0;
        foreach (var original in source.Documents)
        {
            if (!twins.TryGetValue(original.Url, out var translation)) missing++;
            else if (IsCurrent(original, translation, diagnostics)) current++;
            else stale++;
        }
        var originals = source.Documents.Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in site.Documents.Where(d => !originals.Contains(d.Url)))
            diagnostics.Warning(new SourceLocation(orphan.DisplayPath, 1, 1), DiagnosticCodes.OrphanTranslation,
                $"translates {TwinPath(orphan)}, which does not exist (or is a draft)",
                "move it to the path of the page it translates, or delete it; slugs are the English file names");
        _report.Add(new ParityCount(site.Config.LanguageName, site.Config.Language, source.Config.LanguageName, current, stale, missing));
    }

    /// <summary>
    /// Where a translation's twin would be, as diagnostics name files: its own path without the language's folder
    /// ("content/es/glossary/copago.md" → "content/glossary/copago.md").
    /// </summary>
    private static string TwinPath(ContentDocument translation)
    {
        var relative = translation.Source.RelativePath;
        var languageFolder = translation.DisplayPath[..^relative.Length].TrimEnd('/');
        return languageFolder[..(languageFolder.LastIndexOf('/') + 1)] + relative;
    }

    private static bool IsCurrent(ContentDocument original, ContentDocument translation, DiagnosticBag diagnostics)
    {
        var now = SourceHash.Of(original.Source.Bytes);
        if (translation.Meta.SourceHash is { } recorded)
        {
            if (recorded.Value == now) return true;
            diagnostics.Warning(recorded.Span, DiagnosticCodes.StaleTranslation,
                $"translates an older version of {original.DisplayPath}: source_hash is {recorded.Value}, that file's is now {now}",
                $"update this translation to say what {original.DisplayPath} says now (git log -p {original.DisplayPath} shows what changed), then set source_hash: {now}");
        }
        else if (!translation.Meta.Partial)
            diagnostics.Warning(new SourceLocation(translation.DisplayPath, 1, 1), DiagnosticCodes.StaleTranslation,
                $"does not say which version of {original.DisplayPath} it translates (no source_hash)",
                $"once it says what that file says now, add source_hash: {now} to its front matter");
        return false;
    }
}

/// <summary>For one translation: how many pages of the default language have a current, a stale or no twin in it.</summary>
public sealed record ParityCount(string Name, string Code, string SourceName, int Current, int Stale, int Missing)
{
    public int Total => Current + Stale + Missing;

    public override string ToString() =>
        $"{Name} ({Code}): of {Total} {SourceName} pages, {Current} have a current translation, {Stale} a stale one, {Missing} none";
}
