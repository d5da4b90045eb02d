using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Text;

namespace Glossary.Modules;

/// <summary>
/// PostProcess phase: turns the linked site into one view model per page (entries, guides, pages, and the
/// generated indexes). Pure: no I/O, and every list is sorted so the output is deterministic.
/// </summary>
public sealed class BuildPageViews(
    Site site,
    ResolveLinks.Result links,
    ImmutableArray<Redirect> redirects,
    ContentHtmlRenderer contentRenderer,
    FingerprintedAssets assets,
    FrozenDictionary<string, ImmutableArray<ContentDocument>>? entriesByCategory = null)
{
    private const int RecentCount = 8;

    private readonly SiteView _siteView = CreateSiteView(site, assets);
    private readonly RelatedTerms _related = new(site, links.Graph, entriesByCategory);
    private readonly Dictionary<string, ContentDocument> _current = ResolveLinks.BySource(site);
    private readonly NetworkFigures _network = new(Glossary.Network.SemanticGraphBuilder.Build(site, links.Graph), CreateSiteView(site, assets));

    /// <summary>The semantic network the figures and the explorer show.</summary>
    public NetworkFigures Network => _network;

    public SiteView SiteView => _siteView;

    /// <summary>Each entry page's related terms (by address), recorded as its view is built: who shows whose summary.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<string>> RelatedLists { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The generated pages that list <paramref name="document"/> with its summary: the A–Z index (entries), the guides
    /// index (guides), its categories' pages, the home page (every guide, and the recently updated), and the pages at
    /// its old addresses.
    /// </summary>
    public IEnumerable<PageView> IndexViewsListing(ContentDocument document)
    {
        if (document.Kind == DocumentKind.Guide || Recent().Contains(document)) yield return Home();
        if (document.Kind == DocumentKind.Entry) yield return AzIndex();
        if (document.Kind == DocumentKind.Guide) yield return GuidesIndex();
        var categories = site.CategoriesOf(document).ToHashSet();
        foreach (var category in site.Config.Categories.Where(categories.Contains)) yield return CategoryPage(category);
        foreach (var redirect in redirects.Where(r => r.To == document)) yield return RedirectView(redirect);
    }

    private RedirectPageView RedirectView(Redirect r) => new(_siteView, r.From, $"{r.To.Title} has moved", Current(r.To).Meta.Summary, LinkTo(r.To));

    public IReadOnlyList<PageView> Execute()
    {
        var documents = site.Documents;
        var views = new PageView[documents.Length];
        Parallel.For(0, documents.Length, i => views[i] = ViewFor(documents[i]));
        return
        [
            Home(),
            AzIndex(),
            GuidesIndex(),
            CategoriesIndex(),
            .. site.Config.Categories.Select(CategoryPage),
            .. views,
            NotFound(),
            new SearchPageView(_siteView, SiteRoutes.Search, "Search", $"Search the {site.Config.Title}: terms, abbreviations and guides.", Crumbs(),
                _siteView.Href("/" + Search.SearchIndexBuilder.Folder + "/")),
            NetworkPage(),
            new ThanksPageView(_siteView, SiteRoutes.Thanks, "Thank you", "Thank you for telling us whether the page helped."),
            .. redirects.Select(RedirectView),
        ];
    }

    public static SiteView CreateSiteView(Site site, FingerprintedAssets assets)
    {
        var config = site.Config;
        return new SiteView(
            config.Title,
            config.Description,
            config.Organization,
            config.Language,
            config.BaseUrl.ToString(),
            config.BasePath,
            [.. config.Navigation.Select(n => LinkFrom(n, config))],
            [.. config.Categories.Select(c => new LinkView(c.Name, SiteUrl.Href(config.BasePath, SiteRoutes.CategoryUrl(c.Slug)), c.Description))],
            SiteUrl.Href(config.BasePath, assets.PathOf("site.css")),
            SiteUrl.Href(config.BasePath, assets.PathOf("favicon.svg")),
            [.. assets.PathsWithExtension(".js").Except(NetworkScripts.Select(assets.PathOf)).Select(p => SiteUrl.Href(config.BasePath, p))])
        {
            CrisisCallout = config.Crisis is { } c
                ? new CrisisCalloutView(c.Heading, c.Text, c.Phone, c.Link is { } link ? LinkFrom(link, config) : null)
                : null,
        };
    }

    /// <summary>A link written in site.yml: site paths ("/about/") get the base path, other addresses stay as written.</summary>
    private static LinkView LinkFrom(Configuration.NavigationLink link, Configuration.SiteConfig config) =>
        new(link.Title, SiteUrl.KindOf(link.Url) == UrlKind.SitePath ? SiteUrl.Href(config.BasePath, link.Url) : link.Url);

    /// <summary>The page of one entry, guide or page.</summary>
    public PageView ViewFor(ContentDocument document)
    {
        var resolved = links.ByDocument.GetValueOrDefault(document.Url, ResolvedLinks.Empty);
        var body = new ContentHtml(() => contentRenderer.Render(document, resolved));
        var dates = new DocumentDates(document.LastModified, document.Meta.Reviewed);
        var referencedIn = LinksTo(links.Graph.LinksTo(document));
        var related = _related.For(document);
        if (document.Kind == DocumentKind.Entry) RelatedLists[document.Url] = [.. related.Select(r => r.Url)];
        var guideTerms = TermDocuments(document.Meta.Terms.Concat(document.Meta.Related).Select(t => t.Value));
        var findingTerms = TermDocuments(document.Meta.KeyFindings.SelectMany(f => f.Terms).Select(t => t.Value));
        // Summaries shown visibly next to a list's links need no hidden copy.
        var shownInList = document.Kind == DocumentKind.Entry ? related : document.Kind == DocumentKind.Guide ? guideTerms : [];
        var summaries = Summaries(resolved.Terms.Concat(links.Graph.LinksTo(document)).Concat(findingTerms)
            .Concat(ShowsFigure(document) ? _network.EntriesShownWith(document) : []).Concat(RelationshipEntries(document)).Except(shownInList));
        PageView view = document.Kind switch
        {
            DocumentKind.Entry => new EntryPageView(_siteView, document.Url, document.Title, document.Meta.Summary,
                Crumbs(("Glossary", SiteRoutes.Glossary)),
                [.. document.Meta.Aliases.Select(a => a.Value)],
                body,
                CategoriesOf(document),
                LinksTo(related),
                referencedIn,
                document.Meta.Sources,
                dates) { CurrentCategory = FirstCategorySlug(document), Network = _network.For(document) },
            DocumentKind.Guide => new GuidePageView(_siteView, document.Url, document.Title, document.Meta.Summary,
                Crumbs(("Guides", SiteRoutes.Guides)),
                document.Meta.GuideKind == GuideKind.Report,
                [.. document.Meta.KeyFindings.Select(f => new KeyFindingView(f.Title, f.Text, LinksTo(TermDocuments(f.Terms.Select(t => t.Value))), f.Sources))],
                [.. document.Headings.Where(h => h.Level == 2 && h.Id.Length > 0).Select(h => new LinkView(h.Text, "#" + h.Id))],
                body,
                CategoriesOf(document),
                LinksTo(guideTerms),
                referencedIn,
                document.Meta.Sources,
                dates)
            {
                CurrentCategory = FirstCategorySlug(document),
                Network = ShowsFigure(document) ? _network.For(document) : null,
                ThematicConnections = ThematicConnections(document),
                Highlights = [.. document.Meta.Relationships.Select(Highlight).OfType<RelationshipHighlightView>()],
            },
            _ => new ContentPageView(_siteView, document.Url, document.Title, document.Meta.Summary, Crumbs(), body, dates),
        };
        return view with { TermSummaries = summaries, ShowsCrisisCallout = ShowsCrisisCallout(document) };
    }

    /// <summary>Entries and reports show their neighbourhood; guides do not (their terms are listed already).</summary>
    private static bool ShowsFigure(ContentDocument document) =>
        document.Kind == DocumentKind.Entry || document.Meta.GuideKind == GuideKind.Report;

    private static int ThematicConnections(ContentDocument document) =>
        document.Meta.KeyFindings.Sum(f => f.Terms.Select(t => t.Value).Distinct(StringComparer.Ordinal).Count()) + document.Meta.Relationships.Length;

    private IEnumerable<ContentDocument> RelationshipEntries(ContentDocument document) =>
        document.Kind != DocumentKind.Guide ? [] : document.Meta.Relationships.SelectMany(r => new[] { r.From, r.To }).Select(n => site.Terms.Lookup(n.Value).FirstOrDefault()).OfType<ContentDocument>();

    private RelationshipHighlightView? Highlight(Relationship r) =>
        site.Terms.Lookup(r.From.Value) is [var from] && site.Terms.Lookup(r.To.Value) is [var to]
            ? new RelationshipHighlightView(LinkTo(from), LinkTo(to), r.Label, r.Text, r.Sources)
            : null;

    /// <summary>The page's own 'crisis_callout' flag if it has one, else whether it is in a category site.yml names.</summary>
    private bool ShowsCrisisCallout(ContentDocument document) =>
        site.Config.Crisis is { } crisis
        && (document.Meta.CrisisCallout ?? site.CategoriesOf(document).Any(c => crisis.CategorySlugs.Contains(c.Slug)));

    private ImmutableArray<TermSummary> Summaries(IEnumerable<ContentDocument> documents) =>
    [
        .. documents.Where(d => d.Kind == DocumentKind.Entry).Distinct().OrderBy(d => d.Slug, StringComparer.Ordinal)
            .Select(d => new TermSummary(TermIds.For(d), Current(d).Meta.Summary)),
    ];

    /// <summary>
    /// The site's own parse of a document. Lists made before an edit in 'serve' (the link graph, related candidates)
    /// may hold the parse from before it; whatever a page shows of another document comes from the current one.
    /// </summary>
    private ContentDocument Current(ContentDocument document) =>
        _current.TryGetValue(document.Source.RelativePath, out var current) ? current : document;

    private IEnumerable<ContentDocument> Recent() => site.RecentlyModified().Take(RecentCount);

    private HomePageView Home()
    {
        var recent = Recent().ToList();
        return new HomePageView(_siteView, SiteRoutes.Home, site.Config.Title, site.Config.Description, [],
            _siteView.Categories, [.. SortedLinks(site.Guides)], [.. recent.Select(d => new DatedLinkView(LinkTo(d), d.LastModified!.Value))],
            site.Entries.Count()) { TermSummaries = Summaries(recent) };
    }

    private AzIndexPageView AzIndex()
    {
        var rows = new List<(string Key, AzItem Item)>();
        foreach (var entry in site.Entries)
        {
            var target = LinkTo(entry);
            rows.Add((TextFolding.Fold(entry.Title), new AzItem(entry.Title, target, IsAlias: false)));
            foreach (var alias in entry.Meta.Aliases)
                rows.Add((TextFolding.Fold(alias.Value), new AzItem(alias.Value, target, IsAlias: true)));
        }
        var byLetter = rows
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ThenBy(r => r.Item.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Item.Target.Href, StringComparer.Ordinal)
            .GroupBy(r => LetterOf(r.Key))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Item).ToImmutableArray());
        var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString()).Append("#")
            .Select(letter => new LetterGroup(letter, letter == "#" ? "letter-num" : "letter-" + letter.ToLowerInvariant(),
                byLetter.GetValueOrDefault(letter, [])))
            .ToImmutableArray();
        return new AzIndexPageView(_siteView, SiteRoutes.Glossary, "Glossary A–Z",
            $"Every term in the {site.Config.Title}, from A to Z, with a one-sentence summary of each.",
            Crumbs(), letters, site.Entries.Count());
    }

    private static string LetterOf(string folded) =>
        folded.Length > 0 && folded[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(folded[0]).ToString() : "#";

    private GuidesIndexPageView GuidesIndex() =>
        new(_siteView, SiteRoutes.Guides, "Guides and reports",
            "Step-by-step guides and research reports on dealing with insurers and providers.",
            Crumbs(),
            [.. SortedLinks(site.Guides.Where(g => g.Meta.GuideKind == GuideKind.Guide))],
            [.. SortedLinks(site.Guides.Where(g => g.Meta.GuideKind == GuideKind.Report))]);

    private CategoriesIndexPageView CategoriesIndex() =>
        new(_siteView, SiteRoutes.Categories, "Categories", "Browse the glossary and guides by topic.", Crumbs(), _siteView.Categories);

    private CategoryPageView CategoryPage(Configuration.Category category)
    {
        bool InCategory(ContentDocument d) => site.CategoriesOf(d).Any(c => c.Slug == category.Slug);
        return new CategoryPageView(_siteView, SiteRoutes.CategoryUrl(category.Slug), category.Name,
            category.Description.Length > 0 ? category.Description : $"Terms and guides about {category.Name}.",
            Crumbs(("Categories", SiteRoutes.Categories)),
            [.. SortedLinks(site.Entries.Where(InCategory))],
            [.. SortedLinks(site.Guides.Where(InCategory))]) { CurrentCategory = category.Slug };
    }

    /// <summary>The explorer's page, /network/.</summary>
    public NetworkPageView NetworkPage() =>
        new(_siteView, SiteRoutes.Network, "How terms connect",
            "Every term, guide and report with the pages it is most closely connected to: links, related terms, report findings and explained connections.",
            Crumbs(), _network.ListItems(), _siteView.Href(Glossary.Network.NetworkData.GraphPath), _siteView.Href("/" + Glossary.Network.NetworkData.CodesFolder + "/"))
        {
            TermSummaries = Summaries(site.Entries),
            Scripts = [.. NetworkScripts.Select(n => _siteView.Href(assets.PathOf(n)))],
            Kinds = [.. Glossary.Network.EdgeKinds.All.Select(k => (Glossary.Network.EdgeKinds.Code(k), Glossary.Network.EdgeKinds.Heading(k)))],
        };

    /// <summary>The explorer's scripts, in the order they run: only /network/ loads them.</summary>
    private static readonly string[] NetworkScripts = ["share-code.js", "network-draw.js", "network-explorer.js"];

    private NotFoundPageView NotFound() =>
        new(_siteView, SiteRoutes.NotFound, "Page not found", "The page you asked for is not here.", []);

    private ImmutableArray<LinkView> Crumbs(params (string Text, string Path)[] trail) =>
        [new LinkView("Home", _siteView.Href(SiteRoutes.Home)), .. trail.Select(t => new LinkView(t.Text, _siteView.Href(t.Path)))];

    private LinkView LinkTo(ContentDocument document) =>
        new(document.Title, _siteView.Href(document.Url), Current(document).Meta.Summary,
            document.Kind == DocumentKind.Entry ? TermIds.For(document) : null);

    private IEnumerable<LinkView> SortedLinks(IEnumerable<ContentDocument> documents) =>
        documents.Order(DocumentOrder.ByTitle).Select(LinkTo);

    private ImmutableArray<LinkView> LinksTo(IEnumerable<ContentDocument> documents) => [.. documents.Select(LinkTo)];

    private ImmutableArray<ContentDocument> TermDocuments(IEnumerable<string> names) =>
        [.. names.Select(n => site.Terms.Lookup(n).FirstOrDefault()).OfType<ContentDocument>().Distinct()];

    private ImmutableArray<LinkView> CategoriesOf(ContentDocument document) =>
    [
        .. site.CategoriesOf(document).Select(c => new LinkView(c.Name, _siteView.Routes.Category(c.Slug))),
    ];

    private string? FirstCategorySlug(ContentDocument document) => site.CategoriesOf(document).FirstOrDefault()?.Slug;
}
