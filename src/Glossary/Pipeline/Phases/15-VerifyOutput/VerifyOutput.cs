using System.Collections.Concurrent;
using System.Collections.Frozen;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Output;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 15, as pages are rendered and before anything is published: every internal href and src in every rendered
/// page (theme, generated indexes, assets and content alike) must resolve to a written file, and every #fragment to an
/// id on the target page.
/// A failure caused by content (raw HTML) or by site.yml points at that file and line; a theme failure names the
/// page and the element. External links are only checked for being well formed (no network during builds).
/// </summary>
public sealed partial class VerifyOutput(FrozenSet<string> written, string basePath, OutputCheck reading = OutputCheck.Full)
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
    /// The page is read by AngleSharp's tokenizer or by <see cref="HtmlAttributeScanner"/>, as <see cref="OutputCheck"/> says.
    /// </summary>
    public void Check(OutputFile page)
    {
        if (!page.Path.EndsWith(".html", StringComparison.Ordinal)) return;
        var ids = new HashSet<string>(32, StringComparer.Ordinal);
        var ownFragments = OwnFragments ??= new List<OwnFragment>(32);
        ownFragments.Clear();
        if (reading == OutputCheck.Full) ReadWithAngleSharp(page, ids, ownFragments);
        else ReadWithScanner(page, ids, ownFragments);
        foreach (var link in ownFragments)
            if (!ids.Contains(link.Fragment))
            {
                var value = link.Value ?? "#" + link.Fragment;
                _failures.Add(new Failure(page.Path, link.Element, link.Attribute, value, MissingId(link.Fragment, page.Path)));
            }
        _idsByPage[page.Path] = ids;
    }

    /// <summary>Checks one attribute other than id (<paramref name="attribute"/> is one of the checked names).</summary>
    private void CheckAttribute(string page, string element, string attribute, ReadOnlySpan<char> value, List<OwnFragment> ownFragments)
    {
        if (NameOf(attribute, UrlAttributes) is not null)
            CheckUrl(page, element, attribute, value, ownFragments);
        else
            foreach (var range in value.Split(' '))
                if (value[range].Length > 0)
                    ownFragments.Add(new OwnFragment(element, attribute, null, Intern(value[range])));
    }

    /// <summary>A link to an id on its own page (Value null: "#" + Fragment), checked once the page is scanned, as it may come before the id.</summary>
    private readonly record struct OwnFragment(string Element, string Attribute, string? Value, string Fragment);

    [ThreadStatic]
    private static List<OwnFragment>? OwnFragments;

    /// <summary>Checks the links between pages and reports every failure; returns the ids of every page known now.</summary>
    private IReadOnlyDictionary<string, IReadOnlySet<string>> Report(IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, Site site, SourceText siteYaml,
        DiagnosticBag diagnostics)
    {
        var allIds = new Dictionary<string, IReadOnlySet<string>>(knownIds, StringComparer.Ordinal);
        foreach (var (page, ids) in _idsByPage) allIds[page] = ids;
        foreach (var link in _fragmentLinks)
            if (allIds.TryGetValue(link.TargetFile, out var ids) && !ids.Contains(link.Fragment) && !IsExplorerView(link))
                _failures.Add(new Failure(link.Page, link.Element, link.Attribute, link.Value, MissingId(link.Fragment, link.TargetFile)));

        if (_failures.IsEmpty) return allIds;
        var documentsByPage = site.Documents.ToDictionary(d => SiteUrl.FileOf(d.Url), StringComparer.Ordinal);
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

    /// <summary>The attribute's name as one of <paramref name="names"/> (no new string per attribute), or null.</summary>
    private static string? NameOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
            if (name.SequenceEqual(candidate)) return candidate;
        return null;
    }
}
