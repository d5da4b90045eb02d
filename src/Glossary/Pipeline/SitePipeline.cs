using Glossary.IO;
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
/// are all reported together, and then stop the build, so no page is made from broken input.
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
        var parsed = run.Phase(nameof(ParseDocuments), d => ParseDocuments.Run(input.Files, Markdown, d));
        if (config is null) return run.Failed(options);
        var site = run.Phase(nameof(IndexSite), d => IndexSite.Run(config, parsed, input.Files, d));
        site = run.Phase(nameof(AutoLinkTerms), _ => AutoLinkTerms.Run(site));
        var links = run.Phase(nameof(ResolveLinks), d => ResolveLinks.Run(site, d));
        var reads = sink is MemoryOutput ? new ReadLog() : null; // what each output reads, kept for Update
        var network = run.Phase(nameof(BuildNetwork), _ => BuildNetwork.Run(site, links.Graph, reads));
        var redirects = run.Phase(nameof(PlanRedirects), d => PlanRedirects.Run(site, links.Routes, d));
        var explain = run.Phase(nameof(EmitExplainData), d => EmitExplainData.Run(site, links.Routes, input.Files, reads, d));
        run.Phase(nameof(CheckContent), d => CheckContent.Run(site, links.Graph, Lints, d));
        if (run.HasErrors) return run.Failed(options);

        var views = run.Phase(nameof(BuildPageViews), _ => BuildPageViews.Run(site, links, redirects, _assets.Value, _content, explain, network.Graph, reads));
        var siteFiles = run.Phase(nameof(EmitSiteFiles), _ => EmitSiteFiles.Run(site, views.All, redirects, reads));
        var search = run.Phase(nameof(BuildSearchIndex), _ => BuildSearchIndex.Run(site));
        var plan = run.Phase(nameof(PlanOutput), d => PlanOutput.Run(site, views.All, _assets.Value, [.. siteFiles, explain.File, .. network.Files], search, d));
        if (run.HasErrors) return run.Failed(options);

        var rendered = run.Phase(nameof(RenderPages), _ => RenderPages.Run(plan, renderer, sink, OutputCheck));
        var ids = run.Phase(nameof(VerifyOutput), d => VerifyOutput.Run(rendered, NoIds, site, input.SiteYamlSource, d));
        if (run.HasErrors) return run.Failed(options);

        if (sink is not MemoryOutput memory || reads is null) return run.Succeeded(options, plan.Paths, files: [], state: null);
        var files = memory.Sorted();
        var state = new SiteBuild(input, site, links, network.Graph, redirects, _assets.Value, views.EntriesByCategory, explain, SiteReads.From(reads.ByOutput), search,
            files, plan.Written, ids, run.Diagnostics);
        return run.Succeeded(options, plan.Paths, files, state);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> NoIds = new Dictionary<string, IReadOnlySet<string>>();
}
