using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Pipeline.Phases;

namespace Glossary.Pipeline;

public sealed partial class SitePipeline
{
    /// <summary>
    /// Rebuilds after one content file changed, from the last good build, running the build's phases again for what
    /// the change reaches: the file is parsed, indexed and auto-linked again, its links and the links of pages that
    /// point into it are checked again, and the outputs that read what changed are made again (<see cref="Reached"/>),
    /// with the search shards of the words it gained or lost. A build from scratch gives the same bytes (tests compare
    /// the two, over random edits too). Returns null when the change reaches the whole site (a new, deleted or renamed
    /// file, or a field that names, orders or lists, see <see cref="FrontMatterReach"/>): then the caller builds it all.
    /// </summary>
    public BuildResult? Update(SiteBuild previous, SourceFile changed, BuildOptions options)
    {
        // Lints read the whole site (orphans, say) and record nothing: 'check' has no updates.
        if (!changed.IsMarkdown || previous.Diagnostics.HasErrors || Lints.Count > 0) return null;
        if (previous.Site.Documents.FirstOrDefault(d => d.Source.RelativePath == changed.RelativePath) is not { } old) return null;
        var run = new PhaseRun(previous.Diagnostics);
        string[] file = [old.DisplayPath];
        var updated = run.Phase(nameof(ParseDocuments), file, d => ParseDocuments.Run(changed with { CommitDate = old.Source.CommitDate }, Markdown, d));
        if (updated is null || run.HasErrors) return run.Failed(options);
        var reach = FrontMatterReach.Of(old.Meta, updated.Meta);
        if (reach == Reach.Site) return null;
        var site = run.Phase(nameof(IndexSite), file, d => IndexSite.Run(previous.Site, updated, d));
        site = run.Phase(nameof(AutoLinkTerms), file, _ => AutoLinkTerms.Run(site, updated));
        var linking = previous.Links.Graph.LinksTo(old);
        var links = run.Phase(nameof(ResolveLinks), [old.DisplayPath, .. linking.Select(d => d.DisplayPath)],
            d => ResolveLinks.Run(previous.Links, site, updated, linking, d));
        var translations = Relinked(run, previous, site, old, updated);
        if (run.HasErrors) return run.Failed(options);

        var outputs = Reached(previous, links, old, updated, reach);
        var reads = new ReadLog();
        var network = run.Phase(nameof(BuildNetwork), file, _ => BuildNetwork.Run(previous.Network, site, links.Graph, reads, previous.Reads, outputs));
        var (explain, explainFiles, replaced) = run.Phase(nameof(EmitExplainData), file,
            d => EmitExplainData.Run(previous.Explain, site, links.Routes, reads, outputs, d));
        var views = run.Phase(nameof(BuildPageViews), file,
            _ => BuildPageViews.Run(site, links, previous.Redirects, previous.Assets, _content, explain, network.Graph, reads, previous.EntriesByCategory, outputs, previous.Twins));
        var siteFiles = run.Phase(nameof(EmitSiteFiles), file,
            _ => EmitSiteFiles.Run([new LanguageSite(site, links, previous.Redirects), .. translations], views.All, reads, outputs));
        var search = run.Phase(nameof(BuildSearchIndex), file, _ => BuildSearchIndex.Run(previous.Search, updated, site.Config.BasePath));
        if (search is not { } searchUpdate) return null;
        var (index, searchFiles, emptied) = searchUpdate;
        IReadOnlyList<string> removed = [.. emptied, .. replaced];
        var plan = run.Phase(nameof(PlanOutput), file, _ => PlanOutput.Run(previous, views.All, [.. siteFiles, .. explainFiles, .. network.Files, .. searchFiles], removed));
        var made = new MemoryOutput();
        var rendered = run.Phase(nameof(RenderPages), file, _ => RenderPages.Run(plan, renderer, made, OutputCheck));
        // A good build's output check found nothing (it reports errors only): what it finds now is all there is.
        var ids = run.Phase(nameof(VerifyOutput), d => VerifyOutput.Run(rendered, previous.IdsByPage, site, previous.Input.SiteYamlSource, d));
        if (run.HasErrors) return run.Failed(options);

        var files = made.Sorted();
        var state = previous.WithFiles(files, removed) with
        {
            Input = previous.Input with { Files = [.. previous.Input.Files.Select(f => f.RelativePath == changed.RelativePath ? changed : f)] },
            Site = site, Links = links, Network = network.Graph, Translations = translations, Explain = explain, Reads = previous.Reads.With(reads.ByOutput), Search = index, IdsByPage = ids,
            Diagnostics = run.Diagnostics,
        };
        return run.Succeeded(options, [.. state.Files.Select(f => f.Path)], state.Files, state) with
        {
            ChangedPaths = [.. files.Select(f => f.Path)], RemovedPaths = removed,
        };
    }

    /// <summary>
    /// The outputs (by site path) an edit reaches, found from what each recorded reading when it was made
    /// (<see cref="ReadLog"/>): the document's own page; every output that shows it, when a field shown with it
    /// changed; and when its links changed, every output that read its list of links, or the list of links to a page
    /// it started or stopped linking to ("Referenced in", related terms); and when its headings changed, every output
    /// that read them (the explain data's link to a term's "What you can do" section). <see cref="BuildNetwork"/> adds
    /// the outputs that read the connections of a page whose edges in the semantic network changed.
    /// </summary>
    private static HashSet<string> Reached(SiteBuild previous, SiteLinks links, ContentDocument old, ContentDocument updated, Reach reach)
    {
        var outputs = new HashSet<string>(StringComparer.Ordinal) { updated.Url };
        if (reach == Reach.ShowingPages) outputs.UnionWith(previous.Reads.ReadersOf(Read.Shown(updated)));
        var moved = previous.Links.Graph.LinksFrom(old).ToHashSet();
        moved.SymmetricExceptWith(links.Graph.LinksFrom(updated));
        if (moved.Count > 0) outputs.UnionWith(previous.Reads.ReadersOf(Read.LinksFrom(updated)));
        foreach (var target in moved) outputs.UnionWith(previous.Reads.ReadersOf(Read.LinksTo(target)));
        if (!Headings(old).SequenceEqual(Headings(updated))) outputs.UnionWith(previous.Reads.ReadersOf(Read.Headings(updated)));
        return outputs;
    }

    /// <summary>
    /// The translations after the edit. Their pages show nothing of the default language's documents but the addresses
    /// of those they have no twin of (links, alternates), which only a rename changes, and their views record no reads;
    /// but their links to those pages may name a heading, so when the headings changed their links are checked again
    /// (no page of theirs changes). An edit to a translation builds the whole site: <see cref="Update"/> finds no
    /// document of the default language at its path.
    /// </summary>
    private static ImmutableArray<LanguageSite> Relinked(PhaseRun run, SiteBuild previous, Site site, ContentDocument old, ContentDocument updated)
    {
        if (previous.Translations.IsEmpty || Headings(old).SequenceEqual(Headings(updated))) return previous.Translations;
        return [.. previous.Translations.Select(t =>
        {
            var translation = t.Site with { Fallback = site };
            string[] files = [.. translation.Documents.Select(d => d.DisplayPath)];
            return t with { Site = translation, Links = run.Phase(nameof(ResolveLinks), files, d => ResolveLinks.Run(translation, d)) };
        })];
    }

    private static IEnumerable<(int, string, string)> Headings(ContentDocument document) => document.Headings.Select(h => (h.Level, h.Text, h.Id));
}
