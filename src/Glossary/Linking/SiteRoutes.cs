using System.Collections.Frozen;
using Glossary.Content;
using Glossary.Network;

namespace Glossary.Linking;

/// <summary>Every address the build will publish, known before rendering so links can be checked on the AST.</summary>
public sealed class SiteRoutes
{
    public const string Home = "/";
    public const string Glossary = "/glossary/";
    public const string Guides = "/guides/";
    public const string Categories = "/categories/";
    public const string NotFound = "/404.html";
    public const string Thanks = "/thanks/";
    public const string Feed = "/feed.xml";
    public const string Search = "/search/";
    public const string Explain = "/explain/";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>The explorer of the semantic network: how terms, guides and reports connect.</summary>
    public const string Network = "/network/";

    /// <summary>
    /// Page slugs a plain page may not take (a page's address is /slug/): the first segment of every address the build
    /// writes itself, extension aside ("404" for /404.html, "assets" for the fingerprinted files).
    /// </summary>
    public static readonly FrozenSet<string> ReservedPageSlugs =
        new[] { Glossary, Guides, Categories, NotFound, Thanks, Feed, Search, Explain, Sitemap, Robots, Network, "/" + Output.FingerprintedAssets.Folder + "/" }
            .Select(route => Path.GetFileNameWithoutExtension(route.Trim('/').Split('/')[0]))
            .ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, ContentDocument> _documentsByUrl;
    private readonly FrozenSet<string> _all;

    public SiteRoutes(Site site)
    {
        _documentsByUrl = site.Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal) { Home, Glossary, Guides, Categories, NotFound, Thanks, Feed, Search, Network };
        if (site.Fallback is null) all.Add(Explain); // the explain tool's data is English: a translation has no /explain/
        all.UnionWith(site.Config.Categories.Select(c => CategoryUrl(c.Slug)));
        all.UnionWith(site.Documents.Select(d => d.Url));
        all.UnionWith(NetworkLetters.Routes(site.Documents.Where(d => d.Kind is DocumentKind.Entry or DocumentKind.Guide).Select(d => d.Title)));
        all.UnionWith(site.StaticFiles.Select(f => "/" + f.RelativePath));
        _all = all.ToFrozenSet(StringComparer.Ordinal);
    }

    private SiteRoutes(Dictionary<string, ContentDocument> documentsByUrl, FrozenSet<string> all)
    {
        _documentsByUrl = documentsByUrl;
        _all = all;
    }

    /// <summary>The same routes with a document's newer parse (same address).</summary>
    public SiteRoutes WithDocument(ContentDocument document) =>
        new(new Dictionary<string, ContentDocument>(_documentsByUrl, StringComparer.Ordinal) { [document.Url] = document }, _all);

    public static string CategoryUrl(string slug) => $"{Categories}{slug}/";

    /// <summary>Where a document is published: entries under /glossary/, guides under /guides/, pages at the root.</summary>
    public static string DocumentUrl(DocumentKind kind, string slug) => kind switch
    {
        DocumentKind.Entry => $"{Glossary}{slug}/",
        DocumentKind.Guide => $"{Guides}{slug}/",
        _ => $"{Home}{slug}/",
    };

    public bool Exists(string path) => _all.Contains(path);

    public ContentDocument? DocumentAt(string path) => _documentsByUrl.GetValueOrDefault(path);
}
