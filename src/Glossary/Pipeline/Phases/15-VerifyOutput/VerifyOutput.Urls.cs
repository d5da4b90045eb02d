using System.Collections.Frozen;
using Glossary.Linking;

namespace Glossary.Pipeline.Phases;

/// <summary>How <see cref="VerifyOutput"/> reads one address on a rendered page (the rules of addresses are <see cref="SiteUrl"/>'s).</summary>
public sealed partial class VerifyOutput
{
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

    /// <summary>
    /// Where a URL on a page leads: a problem when it cannot resolve; otherwise the written file it names (null for
    /// external addresses) and the fragment to look for there, if any. A relative path starts from the page's folder
    /// as the browser sees it, under the base path.
    /// </summary>
    private static (string? Problem, string? TargetFile, string? Fragment) Resolve(string page, string value, string basePath, FrozenSet<string> written)
    {
        var url = value.Trim();
        switch (SiteUrl.KindOf(url))
        {
            case UrlKind.External:
                return (null, null, null);
            case UrlKind.Malformed:
                return ("is not a well-formed address", null, null);
        }
        var (path, fragment) = SiteUrl.Split(url);
        if (path.Length == 0) return (null, page, fragment);
        if (SiteUrl.Resolve(basePath + "/" + page, path) is not { } absolute) return ("climbs above the site's root", null, null);
        if (SiteUrl.WithoutBasePath(absolute, basePath) is not { } sitePath) return ($"is outside the site's base path {basePath}/", null, null);
        return SiteUrl.FindFile(sitePath, written.Contains) is { } file ? (null, file, fragment) : ("points to a file that is not written", null, null);
    }
}
