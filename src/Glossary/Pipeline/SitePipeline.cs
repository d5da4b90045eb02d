using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Lints;
using Glossary.Markdown;
using Glossary.Modules;
using Glossary.Output;
using Glossary.Rendering;
using Markdig;

namespace Glossary.Pipeline;

/// <summary>
/// The build, phase by phase, in the spirit of Statiq's pipelines. Pure: it takes the input's contents and returns
/// the output's contents; reading and writing folders happens at the edges (<see cref="IO.InputReader"/>,
/// <see cref="IO.OutputWriter"/>).
/// <list type="number">
/// <item>Process: <see cref="ParseDocuments"/> (each file, in parallel), then <see cref="IndexSite"/> (across files).</item>
/// <item>PostProcess: <see cref="ResolveLinks"/>, <see cref="BuildPageViews"/>, rendering through the theme, <see cref="EmitSiteFiles"/>.</item>
/// </list>
/// Errors stop the build after the phase that found them, so no page is rendered from broken input.
/// </summary>
public sealed partial class SitePipeline(IPageRenderer renderer, IReadOnlyList<ThemeAsset> themeAssets)
{
    private static readonly MarkdownPipeline Markdown = MarkdownPipelineFactory.Create();

    /// <summary>Content lints (readability, stale reviews…) run after links are resolved; 'glossary check' adds them, 'build' does not.</summary>
    public IReadOnlyList<ISiteLint> Lints { get; init; } = [];

    /// <summary>Builds the site in memory: every file is in the result (tests, 'serve').</summary>
    public BuildResult Build(SiteInput input, BuildOptions options) => Build(input, options, sink: null);

    /// <summary>
    /// Builds the site and hands every file to <paramref name="sink"/> as it is made (a staging folder for 'glossary
    /// build'), keeping none in memory; the result lists the paths. The caller publishes the sink only if the build
    /// succeeded.
    /// </summary>
    public BuildResult Build(SiteInput input, BuildOptions options, IOutputSink? sink)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var problem in input.ReadProblems) diagnostics.Add(problem);
        var timings = new PhaseTimings();
        var config = ReadConfig(input, options, diagnostics);

        // Process
        var markdownFiles = input.Files.Where(f => f.IsMarkdown).ToList();
        var staticFiles = input.Files.Where(f => !f.IsMarkdown).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();
        var parsed = timings.Time("parse", () => new ParseDocuments(Markdown).Execute(markdownFiles, diagnostics));
        if (config is null) return Fail(diagnostics, options);
        var site = timings.Time("index", () => IndexSite.Execute(config, parsed, staticFiles, diagnostics));
        var matcher = timings.Time("autolink", () => AutoLinkTerms.Execute(site));

        // PostProcess
        var routes = new SiteRoutes(site);
        var links = timings.Time("links", () => ResolveLinks.Execute(site, routes, diagnostics));
        var redirects = PlanRedirects.Execute(site, routes, diagnostics);
        foreach (var lint in Lints) lint.Check(site, links.Graph, diagnostics);
        if (diagnostics.HasErrors) return Fail(diagnostics, options);

        var assets = new FingerprintedAssets(themeAssets);
        var entriesByCategory = Linking.RelatedTerms.EntriesByCategory(site);
        var pageViews = new BuildPageViews(site, links, redirects, new ContentHtmlRenderer(Markdown), assets, entriesByCategory);
        var views = timings.Time("views", pageViews.Execute);
        var others = new List<OutputFile>(staticFiles.Length + assets.Files.Count + 300);
        others.AddRange(assets.Files);
        others.AddRange(staticFiles.Select(f => new OutputFile(f.RelativePath, f.Bytes)));
        others.AddRange(EmitSiteFiles.Execute(site, views, redirects));
        others.AddRange(Network.NetworkData.Files(pageViews.Network.Graph, config.BasePath));
        var search = timings.Time("search", () => Search.SearchIndex.Create(site));
        others.AddRange(search.Files(config.BasePath));

        var paths = views.Select(v => v.OutputPath).Concat(others.Select(f => f.Path)).ToList();
        CheckCollisions(paths, diagnostics);
        if (diagnostics.HasErrors) return Fail(diagnostics, options);
        var written = paths.ToFrozenSet(StringComparer.Ordinal);
        sink?.Expect(paths);

        // Each page is checked (VerifyOutput) and handed on as soon as it is rendered; a streaming build keeps none.
        var check = new VerifyOutput(written, config.BasePath);
        var pages = sink is null ? new OutputFile[views.Count] : null;
        timings.Time("render", () =>
        {
            renderer.Render(views, (i, html) =>
            {
                var page = new OutputFile(views[i].OutputPath, html);
                check.Check(page);
                if (pages is not null) pages[i] = page;
                else sink!.Add(page);
            });
            return 0;
        });
        foreach (var file in others)
        {
            check.Check(file);
            sink?.Add(file);
        }
        var ids = timings.Time("verify", () =>
            check.Report(new Dictionary<string, IReadOnlySet<string>>(), site, input.SiteYamlSource, diagnostics));
        if (diagnostics.HasErrors) return Fail(diagnostics, options);
        var sortedDiagnostics = diagnostics.ToSortedList();
        paths.Sort(StringComparer.Ordinal);
        if (pages is null)
            return new BuildResult(sortedDiagnostics, [], options.Strict) { Timings = timings.ToList(), Paths = paths };

        var sorted = pages.Concat(others).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        var state = new SiteBuild(input, site, routes, matcher, entriesByCategory, new Dictionary<string, ImmutableArray<string>>(pageViews.RelatedLists, StringComparer.Ordinal),
            links, redirects, assets, sorted,
            sorted.Select((f, i) => (f.Path, i)).ToFrozenDictionary(p => p.Path, p => p.i, StringComparer.Ordinal),
            written, ids, search, sortedDiagnostics);
        return new BuildResult(sortedDiagnostics, sorted, options.Strict) { Timings = timings.ToList(), State = state, Paths = paths };
    }

    private static SiteConfig? ReadConfig(SiteInput input, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (input.SiteYaml is null)
        {
            diagnostics.Error(SourceLocation.WholeFile(input.SiteYamlDisplayPath), DiagnosticCodes.MissingSiteConfig,
                "site.yml is missing", $"create {input.SiteYamlDisplayPath} with at least 'title:' and 'base_url:'");
            return null;
        }
        return SiteConfigReader.Read(input.SiteYaml, input.SiteYamlDisplayPath, diagnostics, options.BaseUrlOverride);
    }

    private static void CheckCollisions(List<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var group in paths.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            diagnostics.Error(SourceLocation.WholeFile("input/" + group.Key), DiagnosticCodes.DuplicateSlug,
                $"two outputs would be written to '{group.Key}'", "rename or move the file in input/ that uses an address of a generated page");
    }

    private static BuildResult Fail(DiagnosticBag diagnostics, BuildOptions options) =>
        new(diagnostics.ToSortedList(), [], options.Strict);
}
