using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Markdown.WikiLinks;
using Glossary.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 5: checks every link written in content against the site's routes and headings, on the Markdig AST (so
/// each problem has its file:line:column), and records the link graph.
/// </summary>
public static class ResolveLinks
{
    public static SiteLinks Run(Site site, DiagnosticBag diagnostics)
    {
        var routes = new SiteRoutes(site);
        var bySource = BySource(site);
        var edges = new ConcurrentBag<(ContentDocument, ContentDocument)>();
        var resolved = new ConcurrentDictionary<string, ResolvedLinks>(StringComparer.Ordinal);
        Parallel.ForEach(site.Documents, document =>
        {
            var (links, targets) = ResolveDocument(site, routes, bySource, document, diagnostics);
            foreach (var to in targets) edges.Add((document, to));
            resolved[document.Url] = links;
        });
        return new SiteLinks(routes, new Dictionary<string, ResolvedLinks>(resolved, StringComparer.Ordinal), new LinkGraph(edges));
    }

    /// <summary>
    /// The links after <paramref name="updated"/> changed (an update): its own resolved again, and those of
    /// <paramref name="recheck"/> checked again (the pages pointing into it, whose #anchors it may have dropped).
    /// </summary>
    public static SiteLinks Run(SiteLinks previous, Site site, ContentDocument updated, IEnumerable<ContentDocument> recheck, DiagnosticBag diagnostics)
    {
        var routes = previous.Routes.WithDocument(updated);
        var bySource = BySource(site);
        var (resolved, targets) = ResolveDocument(site, routes, bySource, updated, diagnostics);
        foreach (var source in recheck)
            ResolveDocument(site, routes, bySource, bySource[source.Source.RelativePath], diagnostics);
        var byDocument = new Dictionary<string, ResolvedLinks>(previous.ByDocument, StringComparer.Ordinal) { [updated.Url] = resolved };
        return new SiteLinks(routes, byDocument, previous.Graph.WithLinksFrom(updated, targets));
    }

    /// <summary>The site's documents by source file: each file's current parse (lists made before an edit may hold an older one).</summary>
    public static Dictionary<string, ContentDocument> BySource(Site site) =>
        site.Documents.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);

    /// <summary>
    /// One document's links: how each URL is rewritten, and the documents it links to (the edges of the link graph): those
    /// its text links to, and for a report the entries its key findings name.
    /// </summary>
    private static (ResolvedLinks Links, List<ContentDocument> Targets) ResolveDocument(Site site, SiteRoutes routes,
        IReadOnlyDictionary<string, ContentDocument> bySource, ContentDocument document, DiagnosticBag diagnostics)
    {
        var context = new LinkContext(site, routes, bySource, document, diagnostics);
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        var terms = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        Dictionary<string, OtherLanguage>? otherLanguages = null;
        var targets = new List<ContentDocument>();
        foreach (var link in document.Markdown.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || hrefs.ContainsKey(url)) continue;
            var at = link.LocationIn(document.DisplayPath);
            var resolved = link is WikiLink wiki ? context.ResolveWikiLink(wiki, at) : context.Resolve(url, at);
            if (resolved is { } target)
            {
                hrefs[url] = target.Href;
                if (target.Language is { } language)
                    (otherLanguages ??= new(StringComparer.Ordinal))[url] = new OtherLanguage(language.Language, site.Config.Strings["in_other_language"]);
                if (target.Document is { } to)
                {
                    targets.Add(to);
                    if (to.Kind == DocumentKind.Entry && to != document) terms[url] = to;
                }
            }
        }
        // A report's page links to the entries its key findings rest on, and lists it under their "Referenced in".
        foreach (var finding in document.Meta.KeyFindings)
            foreach (var name in finding.Terms)
                if (site.Terms.Lookup(name.Value) is [var entry]) targets.Add(entry);
        return (new ResolvedLinks(hrefs, terms, otherLanguages), targets);
    }

    /// <param name="Language">Set for a page in another language (the default language's, for a term with no twin): it is
    /// no document of this language's site, so it is in no list, backlink or preview here.</param>
    private sealed record Target(string Href, ContentDocument? Document, Configuration.SiteConfig? Language = null);

    private sealed class LinkContext(
        Site site,
        SiteRoutes routes,
        IReadOnlyDictionary<string, ContentDocument> bySource,
        ContentDocument document,
        DiagnosticBag diagnostics)
    {
        private string BasePath => site.Config.BasePath;

        public Target? ResolveWikiLink(WikiLink link, SourceLocation at)
        {
            var found = site.Terms.Lookup(link.Term);
            if (found.Count == 0 && site.Fallback?.Terms.Lookup(link.Term) is [var other])
            {
                // A name in the default language: its twin here if there is one, else the page in that language.
                if (site.Terms.BySlug(other.Slug) is { } twin) found = [twin];
                else return CheckAnchor(other, link.Anchor, $"[[{link.Term}#{link.Anchor}]]", at) ? InFallback(other, link.Anchor) : null;
            }
            if (found.Count == 0)
            {
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"[[{link.Term}]] is not a glossary term{site.Terms.DidYouMean(link.Term)}",
                    "use an entry's title, alias or slug, such as [[Medical Necessity]], [[IOP]] or [[medical-necessity]]");
                return null;
            }
            if (found.Count > 1)
            {
                diagnostics.Error(at, DiagnosticCodes.AmbiguousWikiLink, $"[[{link.Term}]] is ambiguous: it names {string.Join(", ", found.Select(f => $"'{f.Title}' ({f.Slug})"))}",
                    "link by slug instead, such as [[" + found[0].Slug + "]]");
                return null;
            }
            var target = found[0];
            if (!CheckAnchor(target, link.Anchor, $"[[{link.Term}#{link.Anchor}]]", at)) return null;
            return new Target(Href(target.Url, link.Anchor), target);
        }

        public Target? Resolve(string url, SourceLocation at)
        {
            switch (SiteUrl.KindOf(url))
            {
                case UrlKind.External:
                    return new Target(url, null);
                case UrlKind.Malformed:
                    diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' is not a valid address",
                        "write external links in full (https://…) and internal ones as a path or a .md file");
                    return null;
            }
            if (url.Length == 0) return null;
            var (path, fragment) = SiteUrl.Split(url);
            if (path.Length == 0) return CheckAnchor(document, fragment, url, at) ? new Target(url, null) : null;

            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return ResolveMarkdownFile(path, fragment, url, at);
            return ResolvePath(path, fragment, url, at);
        }

        /// <summary>The source file's own path as a site path ("/glossary/iop.md"): relative file links start from its folder, as an editor's preview reads them.</summary>
        private string SourcePath => "/" + document.Source.RelativePath.Replace('\\', '/');

        private Target? ResolveMarkdownFile(string path, string? fragment, string url, SourceLocation at)
        {
            var relative = SiteUrl.Resolve(SourcePath, path)?.TrimStart('/');
            if (relative is not null && relative.StartsWith("input/", StringComparison.Ordinal) && !bySource.ContainsKey(relative)) relative = relative["input/".Length..];
            if (relative is not null && !bySource.ContainsKey(relative) && site.Fallback?.Documents.FirstOrDefault(d => d.Source.RelativePath == relative) is { } other)
                return CheckAnchor(other, fragment, url, at) ? InFallback(other, fragment) : null;
            if (relative is null || !bySource.TryGetValue(relative, out var target))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' points to a file that does not exist or is not published{Suggest(slug)}",
                    "link to another entry as [text](other-slug.md) from glossary/, or [text](../guides/slug.md) across folders; drafts are not published");
                return null;
            }
            if (!CheckAnchor(target, fragment, url, at)) return null;
            return new Target(Href(target.Url, fragment), target);
        }

        private Target? ResolvePath(string path, string? fragment, string url, SourceLocation at)
        {
            // A file beside the Markdown (an image in input/glossary/ used as ![…](chart.png)) is found from the source
            // file's folder, as an editor's preview shows it; it is published at the same path under the site.
            if (!path.StartsWith('/') && !path.EndsWith('/') && SiteUrl.Resolve(SourcePath, path) is { Length: > 1 } beside
                && routes.Exists(beside) && routes.DocumentAt(beside) is null)
                return new Target(Href(beside, fragment), null);
            var route = Route(path);
            if (route is null)
            {
                var slug = path.TrimEnd('/').Split('/').LastOrDefault() ?? path;
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' points to a page that does not exist{Suggest(slug)}",
                    "check the address; glossary entries live at /glossary/<slug>/ and guides at /guides/<slug>/");
                return null;
            }
            var target = routes.DocumentAt(route);
            if (target is not null && !CheckAnchor(target, fragment, url, at)) return null;
            return new Target(Href(route, fragment), target);
        }

        /// <summary>
        /// The route a path from the page reaches. A site path may be written with the base path ("/sub/glossary/iop/"
        /// on a site published under /sub/) or without it.
        /// </summary>
        private string? Route(string path)
        {
            if (SiteUrl.Resolve(document.Url, path) is not { } resolved) return null;
            if (SiteUrl.FindRoute(resolved, routes.Exists) is { } route) return route;
            return path.StartsWith('/') && BasePath.Length > 0 && SiteUrl.WithoutBasePath(resolved, BasePath) is { } inSite
                ? SiteUrl.FindRoute(inSite, routes.Exists)
                : null;
        }

        private bool CheckAnchor(ContentDocument target, string? fragment, string url, SourceLocation at)
        {
            if (string.IsNullOrEmpty(fragment) || fragment.StartsWith("fn:", StringComparison.Ordinal) || fragment.StartsWith("fnref:", StringComparison.Ordinal))
                return true;
            if (target.HasAnchor(fragment)) return true;
            var ids = target.Headings.Select(h => h.Id).Where(id => id.Length > 0).ToArray();
            diagnostics.Error(at, DiagnosticCodes.BrokenAnchor,
                $"link '{url}' points to '#{fragment}', which is not a heading on {(target == document ? "this page" : target.DisplayPath)}{DidYouMean.Phrase(fragment, ids)}",
                ids.Length == 0 ? "that page has no headings to link to" : $"headings there: {string.Join(", ", ids.Select(i => "#" + i))}");
            return false;
        }

        private string Suggest(string slug)
        {
            var known = site.Documents.Select(d => d.Slug).ToArray();
            return DidYouMean.Phrase(slug, known);
        }

        private string Href(string path, string? fragment) => SiteUrl.Href(BasePath, path, fragment);

        /// <summary>A link to the default language's page of a document this language has no twin of.</summary>
        private Target InFallback(ContentDocument other, string? fragment) =>
            new(SiteUrl.Href(site.Fallback!.Config.BasePath, other.Url, fragment), null, site.Fallback.Config);
    }
}
