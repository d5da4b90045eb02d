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

namespace Glossary.Modules;

/// <summary>
/// PostProcess phase: checks every link written in content against the site's routes and headings, on the
/// Markdig AST (so each problem has its file:line:column), and records the link graph.
/// </summary>
public static class ResolveLinks
{
    public sealed record Result(IReadOnlyDictionary<string, ResolvedLinks> ByDocument, LinkGraph Graph);

    public static Result Execute(Site site, SiteRoutes routes, DiagnosticBag diagnostics)
    {
        var bySource = BySource(site);
        var edges = new ConcurrentBag<(ContentDocument, ContentDocument)>();
        var resolved = new ConcurrentDictionary<string, ResolvedLinks>(StringComparer.Ordinal);
        Parallel.ForEach(site.Documents, document =>
        {
            var (links, targets) = ResolveDocument(site, routes, bySource, document, diagnostics);
            foreach (var to in targets) edges.Add((document, to));
            resolved[document.Url] = links;
        });
        return new Result(new Dictionary<string, ResolvedLinks>(resolved, StringComparer.Ordinal), new LinkGraph(edges));
    }

    /// <summary>The site's documents by source file: each file's current parse (lists made before an edit may hold an older one).</summary>
    public static Dictionary<string, ContentDocument> BySource(Site site) =>
        site.Documents.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);

    /// <summary>
    /// One document's links: how each URL is rewritten, and the documents it links to (the edges of the link graph): those
    /// its text links to, and for a report the entries its key findings name.
    /// </summary>
    public static (ResolvedLinks Links, List<ContentDocument> Targets) ResolveDocument(Site site, SiteRoutes routes,
        IReadOnlyDictionary<string, ContentDocument> bySource, ContentDocument document, DiagnosticBag diagnostics)
    {
        var context = new LinkContext(site, routes, bySource, document, diagnostics);
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        var terms = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var targets = new List<ContentDocument>();
        foreach (var link in document.Markdown.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || hrefs.ContainsKey(url)) continue;
            var at = link.LocationIn(document.DisplayPath);
            var resolved = link is WikiLink wiki ? context.ResolveWikiLink(wiki, at) : context.Resolve(url, at);
            if (resolved is { } target)
            {
                hrefs[url] = target.Href;
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
        return (new ResolvedLinks(hrefs, terms), targets);
    }

    private sealed record Target(string Href, ContentDocument? Document);

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
            if (url.Length == 0) return null;
            // "//host/path" is another site's address on the page's own scheme, not a path on this site.
            if (url.StartsWith("//", StringComparison.Ordinal))
                return Uri.TryCreate("https:" + url, UriKind.Absolute, out var schemeRelative) ? CheckExternal(url, schemeRelative, at) : Invalid(url, at);
            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && url.Contains(':') && !url.StartsWith('/'))
                return CheckExternal(url, absolute, at);
            if (url.Contains(':') && !url.StartsWith('/') && !url.StartsWith('#') && url.IndexOf(':') < IndexOfAny(url, "/?#"))
                return Invalid(url, at);

            var (path, fragment) = SplitFragment(url);
            if (path.Length == 0) return CheckAnchor(document, fragment, url, at) ? new Target(url, null) : null;

            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return ResolveMarkdownFile(path, fragment, url, at);
            return ResolvePath(path, fragment, url, at);
        }

        private Target? Invalid(string url, SourceLocation at)
        {
            diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' is not a valid address",
                "write external links in full (https://…) and internal ones as a path or a .md file");
            return null;
        }

        private static int IndexOfAny(string text, string chars)
        {
            var i = text.AsSpan().IndexOfAny(chars);
            return i < 0 ? int.MaxValue : i;
        }

        private Target? CheckExternal(string url, Uri uri, SourceLocation at)
        {
            if (uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Host))
            {
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' has no host name", "write the full address, such as https://www.example.org/page");
                return null;
            }
            return new Target(url, null);
        }

        private string SourceFolder => Path.GetDirectoryName(document.Source.RelativePath)!.Replace('\\', '/');

        private Target? ResolveMarkdownFile(string path, string? fragment, string url, SourceLocation at)
        {
            var relative = path.StartsWith('/') ? path.TrimStart('/') : CombineRelative(SourceFolder, path);
            if (relative is not null && relative.StartsWith("input/", StringComparison.Ordinal) && !bySource.ContainsKey(relative)) relative = relative["input/".Length..];
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
            if (!path.StartsWith('/') && !path.EndsWith('/') && CombineRelative(SourceFolder, path) is { Length: > 0 } beside
                && routes.Exists("/" + beside) && routes.DocumentAt("/" + beside) is null)
                return new Target(Href("/" + beside, fragment), null);
            var absolute = path.StartsWith('/') ? path
                : CombineRelative(document.Url.Trim('/'), path) is { } combined ? "/" + combined : null;
            if (absolute is not null && BasePath.Length > 0 && absolute.StartsWith(BasePath + "/", StringComparison.Ordinal))
                absolute = absolute[BasePath.Length..];
            var normalized = absolute is null ? null : Normalize(absolute);
            if (normalized is null || !routes.Exists(normalized))
            {
                var slug = path.TrimEnd('/').Split('/').LastOrDefault() ?? path;
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"link '{url}' points to a page that does not exist{Suggest(slug)}",
                    "check the address; glossary entries live at /glossary/<slug>/ and guides at /guides/<slug>/");
                return null;
            }
            var target = routes.DocumentAt(normalized);
            if (target is not null && !CheckAnchor(target, fragment, url, at)) return null;
            return new Target(Href(normalized, fragment), target);
        }

        private string Normalize(string absolute)
        {
            var clean = absolute.Split('?')[0];
            if (clean.EndsWith("/index.html", StringComparison.Ordinal)) clean = clean[..^"index.html".Length];
            if (!clean.EndsWith('/') && !routes.Exists(clean) && routes.Exists(clean + "/")) clean += "/";
            return clean;
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

        private string Href(string path, string? fragment) =>
            BasePath + path + (string.IsNullOrEmpty(fragment) ? "" : "#" + fragment);

        private static (string Path, string? Fragment) SplitFragment(string url)
        {
            var hash = url.IndexOf('#');
            return hash < 0 ? (url, null) : (url[..hash], Uri.UnescapeDataString(url[(hash + 1)..]));
        }

        /// <summary>Joins a folder and a relative path, resolving ./ and ../; null when it climbs above the root.</summary>
        private static string? CombineRelative(string folder, string relative)
        {
            var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
            var trailingSlash = relative.EndsWith('/');
            foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                }
                parts.Add(Uri.UnescapeDataString(part));
            }
            var joined = string.Join('/', parts);
            return trailingSlash && joined.Length > 0 ? joined + "/" : joined;
        }
    }
}
