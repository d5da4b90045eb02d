using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Output;

namespace Glossary.Modules;

/// <summary>
/// Output phase, before anything is written: every internal href and src in every rendered page (theme, generated
/// indexes, assets and content alike) must resolve to a written file, and every #fragment to an id on the target page.
/// A failure caused by content (raw HTML) or by site.yml points at that file and line; a theme failure names the
/// page and the element. External links are only checked for being well formed (no network during builds).
/// </summary>
public sealed class VerifyOutput(FrozenSet<string> written, string basePath)
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster"];

    /// <summary>Attributes that name ids on the same page; each id is checked like a "#id" link.</summary>
    private static readonly string[] IdReferenceAttributes = ["aria-describedby", "aria-labelledby", "aria-controls", "for"];

    private sealed record Failure(string Page, string Element, string Value, string Problem);

    /// <summary>A link to an id on another page, checked once every page's ids are known.</summary>
    private sealed record FragmentLink(string Page, string Element, string Attribute, string Value, string TargetFile, string Fragment);

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _idsByPage = new(Environment.ProcessorCount, 16 * 1024, StringComparer.Ordinal);
    private readonly ConcurrentBag<Failure> _failures = [];
    private readonly ConcurrentBag<FragmentLink> _fragmentLinks = [];

    // A path from the site's root resolves the same on every page, and the header, navigation and footer repeat the
    // same few on all 10,000 of them.
    private readonly ConcurrentDictionary<string, (string? Problem, string? TargetFile, string? Fragment)> _sitePaths = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks the links of <paramref name="pages"/> against the <paramref name="written"/> files and, for #fragments on
    /// other pages, against the ids of pages scanned now or listed in <paramref name="knownIds"/> (a previous build's,
    /// when 'serve' re-renders a few pages). Returns the ids of every page known after this pass.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Execute(IEnumerable<OutputFile> pages, FrozenSet<string> written,
        IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, Site site, SourceText siteYaml, DiagnosticBag diagnostics)
    {
        var check = new VerifyOutput(written, site.Config.BasePath);
        Parallel.ForEach(pages, check.Check);
        return check.Report(knownIds, site, siteYaml, diagnostics);
    }

    /// <summary>
    /// Scans one page (any thread, as soon as it is rendered): its links are checked at once; only links to ids on
    /// other pages wait for <see cref="Report"/>, so no page has to stay in memory for this check.
    /// </summary>
    public void Check(OutputFile page)
    {
        if (!page.Path.EndsWith(".html", StringComparison.Ordinal)) return;
        var (ids, links) = Scan(page);
        _idsByPage[page.Path] = ids;
        foreach (var (element, attribute, value) in links)
        {
            var (problem, target, fragment) = value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)
                ? _sitePaths.GetOrAdd(value, v => Resolve("", v, basePath, written))
                : Resolve(page.Path, value, basePath, written);
            if (problem is not null)
                _failures.Add(new Failure(page.Path, Tag(element, attribute, value), value, problem));
            else if (target is null || fragment is null)
                continue;
            else if (target == page.Path)
            {
                if (!ids.Contains(fragment)) _failures.Add(new Failure(page.Path, Tag(element, attribute, value), value, MissingId(fragment, target)));
            }
            else
                _fragmentLinks.Add(new FragmentLink(page.Path, element, attribute, value, target, fragment));
        }
    }

    private static string Tag(string element, string attribute, string value) => $"<{element} {attribute}=\"{value}\">";

    /// <summary>Checks the links between pages and reports every failure; returns the ids of every page known now.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Report(IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, Site site, SourceText siteYaml,
        DiagnosticBag diagnostics)
    {
        var allIds = new Dictionary<string, IReadOnlySet<string>>(knownIds, StringComparer.Ordinal);
        foreach (var (page, ids) in _idsByPage) allIds[page] = ids;
        foreach (var link in _fragmentLinks)
            if (allIds.TryGetValue(link.TargetFile, out var ids) && !ids.Contains(link.Fragment))
                _failures.Add(new Failure(link.Page, Tag(link.Element, link.Attribute, link.Value), link.Value, MissingId(link.Fragment, link.TargetFile)));

        if (_failures.IsEmpty) return allIds;
        var documentsByPage = site.Documents.ToDictionary(d => d.Url.TrimStart('/') + "index.html", StringComparer.Ordinal);
        // A theme or navigation bug repeats on every page: report it once, with how many pages it breaks.
        foreach (var group in _failures.GroupBy(f => (f.Element, f.Problem)).OrderBy(g => g.Key.Element, StringComparer.Ordinal))
        {
            var pagesHit = group.Select(f => f.Page).Order(StringComparer.Ordinal).ToList();
            var first = group.First();
            Report(pagesHit, first.Element, first.Value, first.Problem, documentsByPage.GetValueOrDefault(pagesHit[0]), siteYaml, diagnostics);
        }
        return allIds;
    }

    private static string MissingId(string fragment, string targetFile) => $"points to '#{fragment}', which is not an id on /{targetFile}";

    /// <summary>
    /// Collects ids and URL attributes with AngleSharp's tokenizer rather than its full parser: only start tags
    /// matter here, so it reads the UTF-8 bytes directly, skips text and comments, and keeps only the attributes this
    /// pass checks (the allocation-free struct tokens made it several times faster on 10,000 pages). Pages have no
    /// inline script or style (the Content-Security-Policy forbids them), so no raw-text content can hide tags.
    /// </summary>
    private static (HashSet<string> Ids, List<(string Element, string Attribute, string Value)> Links) Scan(OutputFile file)
    {
        var ids = new HashSet<string>(64, StringComparer.Ordinal);
        var links = new List<(string, string, string)>(64);
        // Disposing hands the decoded text and the tokenizer's buffer back to the array pool: without it, every page
        // allocated both anew (about 600 MB per 10,000-entry build, nearly a fifth of all it allocated).
        using var source = new TextSource(new ReadOnlyByteTextSource(file.Content, Encoding.UTF8));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => IsChecked(name.Span),
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var attributes = token.Attributes;
            string? element = null;
            for (var a = 0; a < attributes.Count; a++)
            {
                var attribute = attributes[a];
                var name = attribute.Name.Memory.Span;
                var value = attribute.Value.Memory.Span;
                if (name.SequenceEqual("id"))
                {
                    if (value.Length > 0) ids.Add(value.ToString());
                    continue;
                }
                element ??= token.Name.ToString();
                if (IsUrlAttribute(name)) links.Add((element, name.ToString(), value.ToString()));
                else
                    foreach (var range in value.Split(' '))
                        if (value[range].Length > 0) links.Add((element, name.ToString(), "#" + value[range].ToString()));
            }
        }
        return (ids, links);
    }

    private static bool IsChecked(ReadOnlySpan<char> name) => name.SequenceEqual("id") || IsUrlAttribute(name) || IsOneOf(name, IdReferenceAttributes);

    private static bool IsUrlAttribute(ReadOnlySpan<char> name) => IsOneOf(name, UrlAttributes);

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
            if (name.SequenceEqual(candidate)) return true;
        return false;
    }

    /// <summary>
    /// Where a URL on a page leads: a problem when it cannot resolve; otherwise the written file it names (null for
    /// external addresses) and the fragment to look for there, if any.
    /// </summary>
    private static (string? Problem, string? TargetFile, string? Fragment) Resolve(string page, string value, string basePath, FrozenSet<string> written)
    {
        var url = value.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal)) url = "https:" + url;
        // Site paths and fragments, nearly every link, skip the URI parser (on Unix it takes "/x" for a file URI).
        if (url.Length > 0 && url[0] is not ('/' or '#') && Uri.TryCreate(url, UriKind.Absolute, out var absolute))
            return (absolute.Scheme is "http" or "https" && string.IsNullOrEmpty(absolute.Host) ? "is not a well-formed address" : null, null, null);
        if (url.Length > 0 && url[0] != '/' && url[0] != '#' && url[0] != '.' && url.IndexOf(':') is var colon && colon > 0
            && colon < (url.IndexOfAny(['/', '?', '#']) is var stop && stop >= 0 ? stop : int.MaxValue))
            return ("is not a well-formed address", null, null);

        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        if (fragment is { Length: 0 }) fragment = null;
        var pathPart = (hash >= 0 ? url[..hash] : url).Split('?')[0];
        if (pathPart.Length == 0) return (null, page, fragment);

        var absolutePath = pathPart.StartsWith('/') ? pathPart : Combine(PageFolder(page), pathPart);
        if (absolutePath is null) return ("climbs above the site's root", null, null);
        if (basePath.Length > 0)
        {
            if (!absolutePath.StartsWith(basePath + "/", StringComparison.Ordinal)) return ($"is outside the site's base path {basePath}/", null, null);
            absolutePath = absolutePath[basePath.Length..];
        }
        var relative = Uri.UnescapeDataString(absolutePath.TrimStart('/'));
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (written.Contains(relative)) return (null, relative, fragment);
        if (written.Contains(relative + "/index.html")) return (null, relative + "/index.html", fragment);
        return ("points to a file that is not written", null, null);
    }

    private static void Report(IReadOnlyList<string> pagesHit, string element, string value, string problem,
        ContentDocument? document, SourceText siteYaml, DiagnosticBag diagnostics)
    {
        var where = pagesHit.Count == 1 ? $"/{pagesHit[0]}" : $"{pagesHit.Count} pages (first /{pagesHit[0]})";
        var message = $"{element} on {where} {problem}";
        if (document is not null && Locate(SourceText.Of(document), value) is { } inContent)
        {
            diagnostics.Error(inContent, DiagnosticCodes.BrokenRenderedLink, message,
                "fix the address in this file's raw HTML, or write the link in Markdown so it is checked by name");
            return;
        }
        if (Locate(siteYaml, value) is { } inConfig)
        {
            diagnostics.Error(inConfig, DiagnosticCodes.BrokenRenderedLink, message,
                "a navigation link in site.yml points nowhere: fix its url, or add the page it names");
            return;
        }
        diagnostics.Error(SourceLocation.WholeFile($"theme (page /{pagesHit[0]})"), DiagnosticCodes.BrokenRenderedLink, message,
            "a theme component writes this link: fix the component in theme/Glossary.Theme");
    }

    private static SourceLocation? Locate(SourceText source, string value)
    {
        if (source.Text.Length == 0) return null;
        var index = source.Text.IndexOf(value, StringComparison.Ordinal);
        if (index < 0) return null;
        var before = source.Text.AsSpan(0, index);
        return new SourceLocation(source.DisplayPath, before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }

    private static string PageFolder(string pagePath)
    {
        var slash = pagePath.LastIndexOf('/');
        return slash < 0 ? "" : pagePath[..slash];
    }

    private static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part is "." or "") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return "/" + string.Join('/', parts) + (relative.EndsWith('/') && parts.Count > 0 ? "/" : "");
    }
}
