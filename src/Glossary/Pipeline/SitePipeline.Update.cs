using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Modules;
using Glossary.Output;
using Glossary.Rendering;

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
        if (!changed.IsMarkdown || previous.Diagnostics.Any(d => d.IsError)) return null;
        var documents = previous.Site.Documents;
        var index = 0;
        while (index < documents.Length && documents[index].Source.RelativePath != changed.RelativePath) index++;
        if (index == documents.Length) return null;
        var old = documents[index];
        var timings = new PhaseTimings();
        var diagnostics = new DiagnosticBag();

        var updated = timings.Time("parse", () => new ParseDocuments(Markdown).Parse(changed with { CommitDate = old.Source.CommitDate }, diagnostics));
        if (updated is null || diagnostics.HasErrors) return Fail(diagnostics, options);
        var change = DocumentIdentity.Compare(old, updated);
        if (change == IdentityChange.Other) return null;
        var summaryChanged = change == IdentityChange.SummaryOnly;

        var site = timings.Time("index", () =>
        {
            var withUpdate = documents.SetItem(index, updated);
            return previous.Site with { Documents = withUpdate, Terms = updated.Kind == DocumentKind.Entry ? previous.Site.Terms.WithEntry(updated) : previous.Site.Terms };
        });
        AutoLinkTerms.LinkDocument(updated, site.Terms, previous.Matcher);

        var routes = previous.Routes.WithDocument(updated);
        var (links, affected) = timings.Time("links", () => Relink(previous, site, routes, old, updated, diagnostics));
        if (diagnostics.HasErrors) return Fail(diagnostics, options);

        if (summaryChanged) affected = [.. affected.Union(ShowingSummary(previous, site, links, old)).OrderBy(d => d.Url, StringComparer.Ordinal)];
        var builder = new BuildPageViews(site, links, previous.Redirects, new ContentHtmlRenderer(Markdown), previous.Assets, previous.EntriesByCategory);
        var network = timings.Time("network", () => NetworkChanges(previous, old, updated, builder, summaryChanged));
        affected = [.. affected.Union(network.Affected).OrderBy(d => d.Url, StringComparer.Ordinal)];
        var views = timings.Time("views", () =>
        {
            var documentViews = affected.Select(builder.ViewFor).Concat(network.Views);
            return (summaryChanged ? documentViews.Concat(builder.IndexViewsListing(updated)) : documentViews).ToList();
        });
        var html = timings.Time("render", () => renderer.RenderAll(views));
        var pages = views.Select((v, i) => new OutputFile(v.OutputPath, html[i])).ToList();

        var search = timings.Time("search", () => previous.Search.WithDocument(updated, site.Config.BasePath));
        if (search is not { } searchUpdate) return null;
        var changedFiles = pages.Concat(searchUpdate.Changed).Concat(network.Files).ToList();
        if (summaryChanged) changedFiles.Add(AtomFeed.File(site));
        var (sorted, fileIndex, written) = ApplyChanges(previous, changedFiles, searchUpdate.Removed);

        var ids = timings.Time("verify", () => VerifyOutput.Execute(pages, written, previous.IdsByPage, site, previous.Input.SiteYamlSource, diagnostics));
        if (diagnostics.HasErrors) return Fail(diagnostics, options);

        var input = previous.Input with { Files = previous.Input.Files.Select(f => f.RelativePath == changed.RelativePath ? changed : f).ToImmutableArray() };
        // The changed file's own parse and link diagnostics are replaced; warnings about fields it kept (one-way related) stay.
        var replaced = previous.Diagnostics.Any(d => d.File == updated.DisplayPath && d.Code != DiagnosticCodes.OneWayRelated);
        var fresh = diagnostics.ToSortedList();
        var allDiagnostics = !replaced && fresh.Count == 0 ? previous.Diagnostics
            : previous.Diagnostics.Where(d => d.File != updated.DisplayPath || d.Code == DiagnosticCodes.OneWayRelated)
                .Concat(fresh).Distinct().Order(Comparer<Diagnostic>.Create(Diagnostic.Compare)).ToList();
        var state = previous with
        {
            Input = input, Site = site, Links = links, RelatedLists = UpdatedRelatedLists(previous, builder), Files = sorted, FileIndex = fileIndex, Written = written, IdsByPage = ids,
            Search = searchUpdate.Index, Diagnostics = allDiagnostics,
        };
        return new BuildResult(allDiagnostics, sorted, options.Strict)
        {
            Timings = timings.ToList(), State = state, Paths = [.. sorted.Select(f => f.Path)],
            ChangedPaths = [.. changedFiles.Select(f => f.Path)], RemovedPaths = searchUpdate.Removed,
        };
    }

    /// <summary>
    /// The documents whose pages show <paramref name="document"/>'s summary: pages linking to it (term previews), pages
    /// it links to ("Referenced in" previews), entries listing it among related terms, and guides naming it.
    /// </summary>
    private static IEnumerable<ContentDocument> ShowingSummary(SiteBuild previous, Site site, ResolveLinks.Result links, ContentDocument document)
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
        return site.Documents.Where(d => urls.Contains(d.Url));
    }

    /// <summary>The related-term lists after an update: those of the re-rendered entries are the ones just computed.</summary>
    private static IReadOnlyDictionary<string, ImmutableArray<string>> UpdatedRelatedLists(SiteBuild previous, BuildPageViews builder)
    {
        if (builder.RelatedLists.All(p => previous.RelatedLists.TryGetValue(p.Key, out var before) && before.SequenceEqual(p.Value))) return previous.RelatedLists;
        var lists = new Dictionary<string, ImmutableArray<string>>(previous.RelatedLists, StringComparer.Ordinal);
        foreach (var (page, related) in builder.RelatedLists) lists[page] = related;
        return lists;
    }

    /// <summary>The output files with these replaced, added or removed; in place when no path comes or goes (the usual case).</summary>
    private static (ImmutableArray<OutputFile> Files, FrozenDictionary<string, int> Index, FrozenSet<string> Written) ApplyChanges(
        SiteBuild previous, IReadOnlyList<OutputFile> changed, IReadOnlyList<string> removed)
    {
        if (removed.Count == 0 && changed.All(f => previous.FileIndex.ContainsKey(f.Path)))
        {
            var files = previous.Files.ToBuilder();
            foreach (var file in changed) files[previous.FileIndex[file.Path]] = file;
            return (files.MoveToImmutable(), previous.FileIndex, previous.Written);
        }
        var byPath = previous.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var path in removed) byPath.Remove(path);
        foreach (var file in changed) byPath[file.Path] = file;
        var sorted = byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        return (sorted, sorted.Select((f, i) => (f.Path, i)).ToFrozenDictionary(p => p.Path, p => p.i, StringComparer.Ordinal),
            sorted.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks the edited document's links and those of the pages linking to it (their #anchors may be gone), updates
    /// the link graph, and lists the documents to render again: the edited one, and if its links changed, the pages it
    /// stopped or started linking to (their "Referenced in") and the pages that link to those (their related terms).
    /// </summary>
    private static (ResolveLinks.Result Links, List<ContentDocument> Affected) Relink(SiteBuild previous, Site site, SiteRoutes routes,
        ContentDocument old, ContentDocument updated, DiagnosticBag diagnostics)
    {
        var bySource = ResolveLinks.BySource(site);
        var (resolved, targets) = ResolveLinks.ResolveDocument(site, routes, bySource, updated, diagnostics);
        var oldGraph = previous.Links.Graph;
        foreach (var source in oldGraph.LinksTo(old))
            ResolveLinks.ResolveDocument(site, routes, bySource, bySource[source.Source.RelativePath], diagnostics);

        var graph = oldGraph.WithLinksFrom(updated, targets);
        var byDocument = new Dictionary<string, ResolvedLinks>(previous.Links.ByDocument, StringComparer.Ordinal) { [updated.Url] = resolved };
        var moved = oldGraph.LinksFrom(old).ToHashSet();
        moved.SymmetricExceptWith(graph.LinksFrom(updated));
        var affected = new HashSet<ContentDocument> { updated };
        foreach (var target in moved)
        {
            affected.Add(target);
            affected.UnionWith(oldGraph.LinksTo(target));
            affected.UnionWith(graph.LinksTo(target));
        }
        // The current parse of each (the graph's lists may hold the one from before the edit).
        var current = affected.Select(d => bySource[d.Source.RelativePath]).OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        return (new ResolveLinks.Result(byDocument, graph), current);
    }
}
