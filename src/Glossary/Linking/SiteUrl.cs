namespace Glossary.Linking;

/// <summary>What an address in a link is, read the way a browser reads it.</summary>
public enum UrlKind
{
    /// <summary>"" or "#deadlines": the page itself.</summary>
    SamePage,

    /// <summary>"/glossary/iop/": a path from the site's root.</summary>
    SitePath,

    /// <summary>"iop.md", "../guides/appeals/", "chart.png": a path from the page's folder.</summary>
    Relative,

    /// <summary>"https://www.cms.gov/", "mailto:…", "//www.cms.gov/": another site's address.</summary>
    External,

    /// <summary>"http://", "https:///rules", "http:rules": a scheme, then nothing that parses as an address (a web address needs a host).</summary>
    Malformed,
}

/// <summary>
/// The rules of the site's addresses, in one place: what kind of address a link holds, how a relative path joins the
/// page's folder, the base path of a site published below a host's root, and which written file a site path names
/// (<c>/glossary/iop/</c> is <c>glossary/iop/index.html</c>; <c>/glossary/iop</c> finds it too, as static hosts do).
/// The link check on the Markdown, the check of rendered pages, the preview server and the page views all use it.
/// Pure: strings in, strings out.
/// </summary>
public static class SiteUrl
{
    public const string IndexFile = "index.html";

    public static UrlKind KindOf(string url)
    {
        if (url.Length == 0 || url[0] == '#') return UrlKind.SamePage;
        // "//host/path" is another site's address on the page's own scheme, not a path on this site.
        if (url.StartsWith("//", StringComparison.Ordinal)) return External("https:" + url);
        if (url[0] == '/') return UrlKind.SitePath;
        // A colon before the first '/', '?' or '#' ends a scheme ("mailto:", "https:"); "./a:b" is a path.
        var colon = url.IndexOf(':');
        var end = url.AsSpan().IndexOfAny("/?#");
        if (colon >= 0 && (end < 0 || colon < end) && url[0] != '.') return External(url);
        return UrlKind.Relative;
    }

    private static UrlKind External(string absolute)
    {
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri)) return UrlKind.Malformed;
        return uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Host) ? UrlKind.Malformed : UrlKind.External;
    }

    /// <summary>An address's path (its query left out) and its fragment, unescaped ("#step%20one" is "step one"); no fragment, or an empty one, is null.</summary>
    public static (string Path, string? Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 && hash < url.Length - 1 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        return (query >= 0 ? path[..query] : path, fragment);
    }

    /// <summary>
    /// The site path <paramref name="path"/> leads to from the page at <paramref name="page"/> (a site path such as
    /// "/glossary/iop/" or "/guides/index.html"): a relative path joins the page's folder, "." and ".." are resolved
    /// and empty segments dropped, and the result is unescaped. Null when ".." climbs above the root.
    /// </summary>
    public static string? Resolve(string page, string path)
    {
        var parts = new List<string>();
        if (!path.StartsWith('/')) parts.AddRange(page[..(page.LastIndexOf('/') + 1)].Split('/', StringSplitOptions.RemoveEmptyEntries));
        var segments = path.Split('/');
        var trailingSlash = false;
        foreach (var segment in segments)
        {
            trailingSlash = segment.Length == 0 || IsDot(segment) || IsDoubleDot(segment);
            if (segment.Length == 0 || IsDot(segment)) continue;
            if (IsDoubleDot(segment))
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        var joined = "/" + string.Join('/', parts) + (trailingSlash && parts.Count > 0 ? "/" : "");
        return Uri.UnescapeDataString(joined);
    }

    // Browsers read "%2e" as "." in a path segment, so "%2e%2e" climbs too.
    private static bool IsDot(string segment) => segment == "." || segment.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDot(string segment) =>
        segment is ".." || (segment.Length is 4 or 6 && Uri.UnescapeDataString(segment) == "..");

    /// <summary>
    /// A site path of a site published below <paramref name="basePath"/> ("/sub"), as a path from the site's own
    /// root: "/sub/glossary/" is "/glossary/". Null when the path is outside the base path.
    /// </summary>
    public static string? WithoutBasePath(string path, string basePath)
    {
        if (basePath.Length == 0) return path;
        return path.StartsWith(basePath + "/", StringComparison.Ordinal) ? path[basePath.Length..] : null;
    }

    /// <summary>A site path as an href on the published site: the base path before it, the fragment after it.</summary>
    public static string Href(string basePath, string path, string? fragment = null) =>
        string.IsNullOrEmpty(fragment) ? basePath + path : basePath + path + "#" + fragment;

    /// <summary>A site path as an absolute URL on the site at <paramref name="baseUrl"/> (whose own path is included).</summary>
    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;

    /// <summary>The file a site path names, relative to the output folder: "/" is "index.html", "/glossary/iop/" is "glossary/iop/index.html".</summary>
    public static string FileOf(string path) => path.EndsWith('/') ? path.TrimStart('/') + IndexFile : path.TrimStart('/');

    /// <summary>
    /// The written file a site path reaches, as a static host serves it: the file it names, or for a path without a
    /// trailing slash the folder's index ("/glossary" finds "glossary/index.html"). Null when neither is written.
    /// </summary>
    public static string? FindFile(string path, Func<string, bool> isWritten)
    {
        foreach (var candidate in Candidates(path))
            if (FileOf(candidate) is var file && isWritten(file)) return file;
        return null;
    }

    /// <summary>
    /// The route a site path reaches among <paramref name="exists"/> (site paths such as "/glossary/iop/"): itself, or
    /// the folder it names ("/glossary/iop" and "/glossary/iop/index.html" reach "/glossary/iop/"). Null when none exists.
    /// </summary>
    public static string? FindRoute(string path, Func<string, bool> exists)
    {
        foreach (var candidate in Candidates(path))
            if (exists(candidate)) return candidate;
        return null;
    }

    private static IEnumerable<string> Candidates(string path)
    {
        if (path.EndsWith("/" + IndexFile, StringComparison.Ordinal)) path = path[..^IndexFile.Length];
        yield return path;
        if (!path.EndsWith('/')) yield return path + "/";
    }
}
