using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.IO;
using Glossary.Languages;
using Glossary.Lints;
using Glossary.Markdown;
using Glossary.Output;
using Glossary.Pipeline.Phases;
using Glossary.Rendering;
using Markdig;

namespace Glossary.Pipeline;

/// <summary>
/// The build, phase by phase, in the spirit of Statiq's pipelines: <see cref="Build(SiteInput, BuildOptions, IOutputSink)"/>
/// is its table of contents, and each phase is a class of the same name under Phases/, numbered in this order. Pure:
/// it takes the input's contents and hands the output's contents to a sink; reading and writing folders happens at
/// the edges (<see cref="InputReader"/>, <see cref="StagedOutput"/>). Problems found up to <see cref="CheckContent"/>
/// are all reported together, and then stop the build, so no page is made from broken input. Each language is a site of
/// its own (phases 2 to 6, 7, 9, 10 and its search index run for each), published in its folder (/es/): the semantic
/// network too, whose nodes are the language's own pages (/es/network/); the explain data is the default language's
/// only (a translation links to its /explain/), and the site files (sitemap, redirects) list every language.
/// </summary>
public sealed partial class SitePipeline(IPageRenderer renderer, IReadOnlyList<ThemeAsset> themeAssets)
{
    private static readonly MarkdownPipeline Markdown = MarkdownPipelineFactory.Create();

    private readonly ContentHtmlRenderer _content = new(Markdown);
    private readonly Lazy<FingerprintedAssets> _assets = new(() => new FingerprintedAssets(themeAssets));

    /// <summary>Content lints (readability, stale reviews…) run after links are resolved; 'glossary check' adds them, 'build' does not.</summary>
    public IReadOnlyList<ISiteLint> Lints { get; init; } = [];

    /// <summary>How the rendered-output check reads pages: in full (AngleSharp) unless the caller asks for the fast scanner.</summary>
    public OutputCheck OutputCheck { get; init; } = OutputCheck.Full;

    /// <summary>Builds the site in memory: every file is in the result, and so is what the build knew, for <see cref="Update"/> (tests, 'serve').</summary>
    public BuildResult Build(SiteInput input, BuildOptions options) => Build(input, options, new MemoryOutput());

    /// <summary>
    /// Builds the site and hands every file to <paramref name="sink"/> as it is made (a staging folder for 'glossary
    /// build', nothing for 'check'), keeping none in memory unless the sink is a <see cref="MemoryOutput"/>; the result
    /// lists the paths. The caller publishes the sink only if the build succeeded.
    /// </summary>
    public BuildResult Build(SiteInput input, BuildOptions options, IOutputSink sink)
    {
        var run = new PhaseRun(PhaseDiagnostics.None.With(nameof(InputReader), null, input.ReadProblems));
        var config = run.Phase(nameof(ReadConfig), d => ReadConfig.Run(input, options, d));
        if (config is null)
        {
            run.Phase(nameof(ParseDocuments), d => ParseDocuments.Run(input.Files, Markdown, d)); // reported with site.yml's errors
            return run.Failed(options);
        }
        var main = Link(run, config, config, input.Files, fallback: null);
        ImmutableArray<LanguageSite> translations = [.. config.Translations.Select(t => Link(run, t, config, input.Files, main.Site))];
        var reads = sink is MemoryOutput ? new ReadLog() : null; // what each output reads, kept for Update
        var network = run.Phase(nameof(BuildNetwork), _ => BuildNetwork.Run(main.Site, main.Links.Graph, reads));
        var networks = translations.Select(t => run.Phase(nameof(BuildNetwork), Joined(t), _ => BuildNetwork.Run(t.Site, t.Links.Graph))).ToList();
        var explain = run.Phase(nameof(EmitExplainData), d => EmitExplainData.Run(main.Site, main.Links.Routes, input.Files, reads, d));
        foreach (var language in (LanguageSite[])[main, .. translations])
            run.Phase(nameof(CheckContent), Joined(language), d => CheckContent.Run(language.Site, language.Links.Graph, Lints, d));
        if (run.HasErrors) return run.Failed(options);

        var twins = new Twins([main.Site, .. translations.Select(t => t.Site)]);
        var views = run.Phase(nameof(BuildPageViews), _ => BuildPageViews.Run(main.Site, main.Links, main.Redirects, _assets.Value, _content, explain, network.Graph, reads, twins: twins));
        var translated = translations.Select((t, i) => run.Phase(nameof(BuildPageViews), Joined(t),
            _ => BuildPageViews.Run(t.Site, t.Links, t.Redirects, _assets.Value, _content, explain: null, networks[i].Graph, twins: twins))).ToList();
        IReadOnlyList<PageView> pages = [.. views.All, .. translated.SelectMany(v => v.All)];
        var siteFiles = run.Phase(nameof(EmitSiteFiles), _ => EmitSiteFiles.Run([main, .. translations], pages, reads));
        var search = run.Phase(nameof(BuildSearchIndex), _ => BuildSearchIndex.Run(main.Site));
        var translatedFiles = translations.SelectMany(t => run.Phase(nameof(BuildSearchIndex), Joined(t), _ => TranslationFiles(t.Site).ToList())).ToList();
        var plan = run.Phase(nameof(PlanOutput), d => PlanOutput.Run(main.Site, pages, _assets.Value, [.. siteFiles, explain.File, .. network.Files, .. networks.SelectMany(n => n.Files), .. translatedFiles], search, d));
        if (run.HasErrors) return run.Failed(options);

        var rendered = run.Phase(nameof(RenderPages), _ => RenderPages.Run(plan, renderer, sink, OutputCheck));
        var ids = run.Phase(nameof(VerifyOutput), d => VerifyOutput.Run(rendered, NoIds, main.Site, input.SiteYamlSource, d));
        if (run.HasErrors) return run.Failed(options);

        if (sink is not MemoryOutput memory || reads is null) return run.Succeeded(options, plan.Paths, files: [], state: null);
        var files = memory.Sorted();
        var state = new SiteBuild(input, main.Site, main.Links, network.Graph, main.Redirects, _assets.Value, views.EntriesByCategory, explain, SiteReads.From(reads.ByOutput), search,
            files, plan.Written, ids, run.Diagnostics) { Translations = translations, Twins = twins };
        return run.Succeeded(options, plan.Paths, files, state);
    }

    /// <summary>
    /// Phases 2 to 6 for one language: a translation is a site of its own, made from the files in its folder
    /// (<see cref="LanguageFiles"/>), whose terms with no twin link to the default language's (<paramref name="fallback"/>).
    /// </summary>
    private static LanguageSite Link(PhaseRun run, SiteConfig language, SiteConfig defaultLanguage, ImmutableArray<SourceFile> all, Site? fallback)
    {
        var files = LanguageFiles.Of(language, defaultLanguage, all);
        var joined = fallback is null ? null : NoFiles;
        var parsed = run.Phase(nameof(ParseDocuments), joined, d => ParseDocuments.Run(files, Markdown, d, checksEntrySections: fallback is null));
        var site = run.Phase(nameof(IndexSite), joined, d => IndexSite.Run(language, parsed, files, d, fallback));
        site = run.Phase(nameof(AutoLinkTerms), joined, _ => AutoLinkTerms.Run(site));
        var links = run.Phase(nameof(ResolveLinks), joined, d => ResolveLinks.Run(site, d));
        var redirects = run.Phase(nameof(PlanRedirects), joined, d => PlanRedirects.Run(site, links.Routes, d));
        return new LanguageSite(site, links, redirects);
    }

    /// <summary>A translation's run of a phase adds to what the phase reported of the default language (replacing none of it).</summary>
    private static IReadOnlyCollection<string>? Joined(LanguageSite language) => language.Site.Fallback is null ? null : NoFiles;

    private static readonly string[] NoFiles = [];

    /// <summary>A translation's own files in its folder: those copied from input/es/ and its search index.</summary>
    private static IEnumerable<OutputFile> TranslationFiles(Site translation) =>
        translation.StaticFiles.Select(f => new OutputFile(f.RelativePath, f.Bytes))
            .Concat(BuildSearchIndex.Run(translation).Files(translation.Config.BasePath))
            .Select(f => f with { Path = translation.Config.OutputFolder + f.Path });

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> NoIds = new Dictionary<string, IReadOnlySet<string>>();
}
