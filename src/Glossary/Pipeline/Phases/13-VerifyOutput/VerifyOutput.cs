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

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 13, as pages are rendered and before anything is published: every internal href and src in every rendered
/// page (theme, generated indexes, assets and content alike) must resolve to a written file, and every #fragment to an
/// id on the target page.
/// A failure caused by content (raw HTML) or by site.yml points at that file and line; a theme failure names the
/// page and the element. External links are only checked for being well formed (no network during builds).
/// </summary>
public sealed class VerifyOutput(FrozenSet<string> written, string basePath)
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster"];

    /// <summary>Attributes that name ids on the same page; each id is checked like a "#id" link.</summary>
    private static readonly string[] IdReferenceAttributes = ["aria-describedby", "aria-labelledby", "aria-controls", "for"];

    /// <summary>A link that does not resolve, on one page; <see cref="Tag"/> is how reports show the element.</summary>
    private sealed record Failure(string Page, string Element, string Attribute, string Value, string Problem)
    {
        public string Tag => $"<{Element} {Attribute}=\"{Value}\">";
    }

    /// <summary>A link to an id on another page, checked once every page's ids are known.</summary>
    private sealed record FragmentLink(string Page, string Element, string Attribute, string Value, string TargetFile, string Fragment);

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _idsByPage = new(Environment.ProcessorCount, 16 * 1024, StringComparer.Ordinal);
    private readonly ConcurrentBag<Failure> _failures = [];
    private readonly ConcurrentBag<FragmentLink> _fragmentLinks = [];

    // A path from the site's root resolves the same on every page, and the header, navigation and footer repeat the
    // same few on all 10,000 of them.
    private readonly ConcurrentDictionary<string, (string? Problem, string? TargetFile, string? Fragment)> _sitePaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _interned = new(StringComparer.Ordinal);

    /// <summary>
    /// Reports every link of the rendered pages that does not resolve: to a file that is not written, or to an id that
    /// is not on its page, looked up among the pages scanned now and, for a page not rendered again (an update), in
    /// <paramref name="knownIds"/>. Returns the ids of every page known after this pass.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Run(RenderedPages rendered, IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds,
        Site site, SourceText siteYaml, DiagnosticBag diagnostics) =>
        rendered.Scan.Report(knownIds, site, siteYaml, diagnostics);

    /// <summary>
    /// Scans one page (any thread, as soon as it is rendered, see <see cref="RenderPages"/>): its links are checked at
    /// once; only links to ids on other pages wait for <see cref="Run"/>, so no page has to stay in memory for this check.
    /// Ids and URL attributes are collected with AngleSharp's tokenizer rather than its full parser: only start tags
    /// matter here, so it reads the UTF-8 bytes directly, skips text and comments, and keeps only the attributes this
    /// pass checks (the allocation-free struct tokens made it several times faster on 10,000 pages). Pages have no
    /// inline script or style (the Content-Security-Policy forbids them), so no raw-text content can hide tags.
    /// </summary>
    public void Check(OutputFile page)
    {
        if (!page.Path.EndsWith(".html", StringComparison.Ordinal)) return;
        var ids = new HashSet<string>(32, StringComparer.Ordinal);
        var ownFragments = OwnFragments ??= new List<OwnFragment>(32);
        ownFragments.Clear();
        // Disposing hands the decoded text and the tokenizer's buffer back to the array pool: without it, every page
        // allocated both anew (about 600 MB per 10,000-entry build, nearly a fifth of all it allocated).
        using var source = new TextSource(new ReadOnlyByteTextSource(page.Content, Encoding.UTF8));
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
                    if (value.Length > 0) ids.Add(Intern(value));
                    continue;
                }
                element ??= token.Name.ToString();
                if (NameOf(name, UrlAttributes) is { } urlAttribute)
                    CheckUrl(page.Path, element, urlAttribute, value, ownFragments);
                else
                    foreach (var range in value.Split(' '))
                        if (value[range].Length > 0)
                            ownFragments.Add(new OwnFragment(element, NameOf(name, IdReferenceAttributes)!, null, Intern(value[range])));
            }
        }
        foreach (var link in ownFragments)
            if (!ids.Contains(link.Fragment))
            {
                var value = link.Value ?? "#" + link.Fragment;
                _failures.Add(new Failure(page.Path, link.Element, link.Attribute, value, MissingId(link.Fragment, page.Path)));
            }
        _idsByPage[page.Path] = ids;
    }

    /// <summary>A link to an id on its own page (Value null: "#" + Fragment), checked once the page is scanned, as it may come before the id.</summary>
    private readonly record struct OwnFragment(string Element, string Attribute, string? Value, string Fragment);

    [ThreadStatic]
    private static List<OwnFragment>? OwnFragments;

    /// <summary>Characters that send a #fragment through <see cref="Resolve"/> (trimmed, unescaped) instead of straight to the page's ids.</summary>
    private static readonly System.Buffers.SearchValues<char> NotPlainInFragment = System.Buffers.SearchValues.Create(" \t\n\r\f%");

    /// <summary>
    /// Checks one href, src… value. The common cases, a path from the site's root (resolved once for all pages) and a
    /// plain #fragment, are looked up straight from the tokenizer's characters; a string is made only for what must be
    /// kept: a failure, a link to another page's id, or an address of another kind.
    /// </summary>
    private void CheckUrl(string page, string element, string attribute, ReadOnlySpan<char> value, List<OwnFragment> ownFragments)
    {
        if (value is ['#', _, ..] && !value.ContainsAny(NotPlainInFragment))
        {
            ownFragments.Add(new OwnFragment(element, attribute, null, Intern(value[1..])));
            return;
        }
        string? text = null;
        (string? Problem, string? TargetFile, string? Fragment) resolved;
        if (value.StartsWith('/') && !value.StartsWith("//"))
        {
            if (!_sitePaths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out resolved))
                resolved = _sitePaths.GetOrAdd(text = value.ToString(), static (v, site) => Resolve("", v, site.basePath, site.written), (basePath, written));
        }
        else
            resolved = Resolve(page, text = value.ToString(), basePath, written);

        var (problem, target, fragment) = resolved;
        if (problem is not null)
        {
            text ??= value.ToString();
            _failures.Add(new Failure(page, element, attribute, text, problem));
        }
        else if (target is null || fragment is null)
            return;
        else if (target == page)
            ownFragments.Add(new OwnFragment(element, attribute, text ?? value.ToString(), fragment));
        else
            _fragmentLinks.Add(new FragmentLink(page, element, attribute, text ?? value.ToString(), target, fragment));
    }

    /// <summary>Ids repeat across pages (main, examples, term-…): one string each keeps 10,000 pages' ids small.</summary>
    private string Intern(ReadOnlySpan<char> id) =>
        _interned.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var interned) ? interned : _interned.GetOrAdd(id.ToString(), static k => k);

    /// <summary>Checks the links between pages and reports every failure; returns the ids of every page known now.</summary>
    private IReadOnlyDictionary<string, IReadOnlySet<string>> Report(IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, Site site, SourceText siteYaml,
        DiagnosticBag diagnostics)
    {
        var allIds = new Dictionary<string, IReadOnlySet<string>>(knownIds, StringComparer.Ordinal);
        foreach (var (page, ids) in _idsByPage) allIds[page] = ids;
        foreach (var link in _fragmentLinks)
            if (allIds.TryGetValue(link.TargetFile, out var ids) && !ids.Contains(link.Fragment))
                _failures.Add(new Failure(link.Page, link.Element, link.Attribute, link.Value, MissingId(link.Fragment, link.TargetFile)));

        if (_failures.IsEmpty) return allIds;
        var documentsByPage = site.Documents.ToDictionary(d => d.Url.TrimStart('/') + "index.html", StringComparer.Ordinal);
        // A theme or navigation bug repeats on every page: report it once, with how many pages it breaks.
        foreach (var group in _failures.GroupBy(f => (f.Tag, f.Problem)).OrderBy(g => g.Key.Tag, StringComparer.Ordinal))
        {
            var pagesHit = group.Select(f => f.Page).Order(StringComparer.Ordinal).ToList();
            var first = group.First();
            Report(pagesHit, first.Tag, first.Attribute, first.Value, first.Problem, documentsByPage.GetValueOrDefault(pagesHit[0]), siteYaml, diagnostics);
        }
        return allIds;
    }

    private static string MissingId(string fragment, string targetFile) => $"points to '#{fragment}', which is not an id on /{targetFile}";

    private static bool IsChecked(ReadOnlySpan<char> name) =>
        name.SequenceEqual("id") || NameOf(name, UrlAttributes) is not null || NameOf(name, IdReferenceAttributes) is not null;

    /// <summary>The attribute's name as one of <paramref name="names"/> (no new string per attribute), or null.</summary>
    private static string? NameOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
            if (name.SequenceEqual(candidate)) return candidate;
        return null;
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

    private static void Report(IReadOnlyList<string> pagesHit, string tag, string attribute, string value, string problem,
        ContentDocument? document, SourceText siteYaml, DiagnosticBag diagnostics)
    {
        var where = pagesHit.Count == 1 ? $"/{pagesHit[0]}" : $"{pagesHit.Count} pages (first /{pagesHit[0]})";
        var message = $"{tag} on {where} {problem}";
        if (document is not null && (Locate(SourceText.Of(document), value) ?? LocateIdReference(SourceText.Of(document), attribute, value)) is { } inContent)
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
        return index < 0 ? null : At(source, index);
    }

    /// <summary>
    /// Where raw HTML names a missing id in an attribute that lists ids (aria-describedby="a b"): the value was
    /// reported as "#b", which the source does not contain as such.
    /// </summary>
    private static SourceLocation? LocateIdReference(SourceText source, string attribute, string value)
    {
        if (!IdReferenceAttributes.Contains(attribute) || !value.StartsWith('#')) return null;
        var id = value[1..];
        var opening = attribute + "=\"";
        for (var index = source.Text.IndexOf(opening, StringComparison.Ordinal); index >= 0;
             index = source.Text.IndexOf(opening, index + 1, StringComparison.Ordinal))
        {
            var start = index + opening.Length;
            var end = source.Text.IndexOf('"', start);
            if (end < 0) return null;
            var offset = 0;
            foreach (var name in source.Text[start..end].Split(' '))
            {
                if (name == id) return At(source, start + offset);
                offset += name.Length + 1;
            }
        }
        return null;
    }

    private static SourceLocation At(SourceText source, int index)
    {
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
