using System.Collections.Frozen;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Search;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 13: every file the site will have, known before any page is rendered: the pages, the theme's assets, the
/// files copied from input/, the site files and the search index. Two of them at one address (in any letter case,
/// as some file systems and hosts compare it) are an error.
/// </summary>
public static class PlanOutput
{
    public static OutputPlan Run(Site site, IReadOnlyList<PageView> pages, FingerprintedAssets assets, IEnumerable<OutputFile> siteFiles, SearchIndex search,
        DiagnosticBag diagnostics)
    {
        List<OutputFile> files =
        [
            .. assets.Files,
            .. site.StaticFiles.Select(f => new OutputFile(f.RelativePath, f.Bytes)),
            .. siteFiles,
            .. search.Files(site.Config.BasePath),
        ];
        var paths = pages.Select(v => v.OutputPath).Concat(files.Select(f => f.Path)).ToList();
        CheckCollisions(paths, diagnostics);
        var written = paths.ToFrozenSet(StringComparer.Ordinal);
        paths.Sort(StringComparer.Ordinal);
        return new OutputPlan(pages, files, written, site.Config.BasePath) { Paths = paths };
    }

    /// <summary>
    /// The plan of an update: the pages and files it made again, and every path of the site after it (the previous
    /// build's, with the files it adds and without those it removes, such as an emptied search shard).
    /// </summary>
    public static OutputPlan Run(SiteBuild previous, IReadOnlyList<PageView> pages, IReadOnlyList<OutputFile> files, IReadOnlyCollection<string> removed) =>
        new(pages, files, previous.WrittenAfter(files.Select(f => f.Path), removed), previous.Site.Config.BasePath);

    private static void CheckCollisions(List<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var group in paths.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            diagnostics.Error(SourceLocation.WholeFile("input/" + group.Key), DiagnosticCodes.DuplicateSlug,
                $"two outputs would be written to '{group.Key}'", "rename or move the file in input/ that uses an address of a generated page");
    }
}
