using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Pipeline.Phases;

namespace Glossary.Pipeline;

public sealed partial class SitePipeline
{
    /// <summary>
    /// Rebuilds after one content file changed, from the last good build, touching only what the change can reach:
    /// the file is parsed again, its links and the links of pages that point into it are checked again, and the pages
    /// that show it or whose backlinks and related terms move with its links are rendered again, along with the search
    /// shards of the words it gained or lost. A new summary also re-renders every page that shows it. A build from
    /// scratch gives the same bytes (tests compare the two). Returns null when the change reaches further than that
    /// (a new, deleted or renamed file, or an edit to a title, alias, category, date or any other field other pages
    /// show or sort by): then the caller builds the whole site.
    /// </summary>
    public BuildResult? Update(SiteBuild previous, SourceFile changed, BuildOptions options)
    {
        if (!changed.IsMarkdown || previous.Diagnostics.HasErrors || Lints.Count > 0) return null;
        if (previous.Site.Documents.FirstOrDefault(d => d.Source.RelativePath == changed.RelativePath) is not { } old) return null;
        var run = new PhaseRun(previous.Diagnostics);
        string[] file = [old.DisplayPath];
        var updated = run.Phase(nameof(ParseDocuments), file, d => ParseDocuments.Parse(changed with { CommitDate = old.Source.CommitDate }, Markdown, d));
        if (updated is null || run.HasErrors) return run.Failed(options);
        var change = DocumentIdentity.Compare(old, updated);
        if (change == IdentityChange.Other) return null;
        var site = run.Phase(nameof(IndexSite), file, d => IndexSite.WithDocument(previous.Site, updated, d));
        site = run.Phase(nameof(AutoLinkTerms), file, _ => AutoLinkTerms.Run(site, updated));
        var linkers = previous.Links.Graph.LinksTo(old);
        var links = run.Phase(nameof(ResolveLinks), [old.DisplayPath, .. linkers.Select(l => l.DisplayPath)],
            d => ResolveLinks.Run(previous.Links, site, updated, linkers, d));
        if (run.HasErrors) return run.Failed(options);

        var summaryChanged = change == IdentityChange.SummaryOnly;
        var pages = Reached(previous, site, links, old, updated, summaryChanged);
        var views = run.Phase(nameof(BuildPageViews), file,
            _ => BuildPageViews.Run(site, links, previous.Redirects, previous.Assets, _content, previous.EntriesByCategory, pages));
        var search = run.Phase(nameof(BuildSearchIndex), file, _ => BuildSearchIndex.Run(previous.Search, updated, site.Config.BasePath));
        if (search is not { } searchUpdate) return null;
        var (index, searchChanged, removed) = searchUpdate;
        OutputFile[] feed = summaryChanged ? [new OutputFile("feed.xml", System.Text.Encoding.UTF8.GetBytes(AtomFeed.Write(site)))] : [];
        List<OutputFile> others = [.. feed, .. searchChanged];
        var plan = new OutputPlan(views.All, others, previous.WrittenAfter(others.Select(f => f.Path), removed), site.Config.BasePath);
        var memory = new MemoryOutput();
        var rendered = run.Phase(nameof(RenderPages), file, _ => RenderPages.Run(plan, renderer, memory));
        // A good build's output check found nothing (it reports errors only): what it finds now is all there is.
        var ids = run.Phase(nameof(VerifyOutput), d => VerifyOutput.Run(rendered, previous.IdsByPage, site, previous.Input.SiteYamlSource, d));
        if (run.HasErrors) return run.Failed(options);

        var changedFiles = memory.Sorted();
        var state = previous.WithFiles(changedFiles, removed) with
        {
            Input = previous.Input with { Files = [.. previous.Input.Files.Select(f => f.RelativePath == changed.RelativePath ? changed : f)] },
            Site = site, Links = links, RelatedLists = UpdatedRelatedLists(previous, views.RelatedLists), Search = index, IdsByPage = ids,
            Diagnostics = run.Diagnostics,
        };
        return run.Succeeded(options, [.. state.Files.Select(f => f.Path)], state.Files, state) with
        {
            ChangedPaths = [.. changedFiles.Select(f => f.Path)], RemovedPaths = removed,
        };
    }

    /// <summary>
    /// The pages to render again: the edited document's, and if its links changed, those of the pages it stopped or
    /// started linking to (their "Referenced in") and of the pages that link to those (their related terms); for a new
    /// summary, every page that shows it.
    /// </summary>
    private static HashSet<string> Reached(SiteBuild previous, Site site, SiteLinks links, ContentDocument old, ContentDocument updated, bool summaryChanged)
    {
        var oldGraph = previous.Links.Graph;
        var moved = oldGraph.LinksFrom(old).ToHashSet();
        moved.SymmetricExceptWith(links.Graph.LinksFrom(updated));
        var urls = new HashSet<string>(StringComparer.Ordinal) { updated.Url };
        foreach (var target in moved)
        {
            urls.Add(target.Url);
            urls.UnionWith(oldGraph.LinksTo(target).Select(d => d.Url));
            urls.UnionWith(links.Graph.LinksTo(target).Select(d => d.Url));
        }
        if (summaryChanged)
        {
            urls.UnionWith(ShowingSummary(previous, site, links, old));
            urls.UnionWith(BuildPageViews.IndexPagesListing(site, previous.Redirects, updated));
        }
        return urls;
    }

    /// <summary>
    /// The documents whose pages show <paramref name="document"/>'s summary: pages linking to it (term previews), pages
    /// it links to ("Referenced in" previews), entries listing it among related terms, and guides naming it.
    /// </summary>
    private static IEnumerable<string> ShowingSummary(SiteBuild previous, Site site, SiteLinks links, ContentDocument document)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var graph in new[] { previous.Links.Graph, links.Graph })
        {
            urls.UnionWith(graph.LinksTo(document).Select(d => d.Url));
            urls.UnionWith(graph.LinksFrom(document).Select(d => d.Url));
        }
        foreach (var (page, related) in previous.RelatedLists)
            if (related.Contains(document.Url)) urls.Add(page);
        foreach (var other in site.Documents)
        {
            var names = other.Meta.Terms.Concat(other.Meta.Related).Concat(other.Meta.KeyFindings.SelectMany(f => f.Terms));
            if (names.Any(n => site.Terms.Lookup(n.Value) is [var named] && named == document)) urls.Add(other.Url);
        }
        return urls;
    }

    /// <summary>The related-term lists after an update: those of the re-rendered entries are the ones just computed.</summary>
    private static IReadOnlyDictionary<string, ImmutableArray<string>> UpdatedRelatedLists(SiteBuild previous, IReadOnlyDictionary<string, ImmutableArray<string>> rebuilt)
    {
        if (rebuilt.All(p => previous.RelatedLists.TryGetValue(p.Key, out var before) && before.SequenceEqual(p.Value))) return previous.RelatedLists;
        var lists = new Dictionary<string, ImmutableArray<string>>(previous.RelatedLists, StringComparer.Ordinal);
        foreach (var (page, related) in rebuilt) lists[page] = related;
        return lists;
    }
}
