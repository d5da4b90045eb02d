using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Explain;
using Glossary.Languages;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Network;
using Glossary.Output;
using Glossary.Rendering;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 10: turns the linked site into one view model per page (entries, guides, pages, and the generated indexes),
/// or, for an update, the views of the pages it names. Pure: no I/O, and every list is sorted so the output is
/// deterministic. Given a <see cref="ReadLog"/>, each view records what it reads of other documents as it is built:
/// the documents it shows (through <see cref="Current"/>) and the lists of the link graph it follows.
/// </summary>
public sealed partial class BuildPageViews
{
    private const int RecentCount = 8;

    private readonly Site site;
    private readonly SiteLinks links;
    private readonly ImmutableArray<Redirect> redirects;
    private readonly ContentHtmlRenderer contentRenderer;
    private readonly FingerprintedAssets assets;
    private readonly ExplainData? explain;
    private readonly ReadLog? reads;
    private readonly Twins? twins;
    private readonly SiteView _siteView;
    private readonly LinkGraph _graph;
    private readonly RelatedTerms _related;
    private readonly NetworkFigures? _network;
    private readonly SharedDocumentViews _shared;

    private ThemeStrings T => _siteView.Text;

    /// <param name="network">The semantic network (<see cref="BuildNetwork"/>), whose neighbourhoods entries and reports
    /// show: the language's own (a translation's holds its pages).</param>
    /// <param name="reads">Where each view records what it reads (a build kept for an update), or null.</param>
    /// <param name="entriesByCategory">Each category's entries (<see cref="RelatedTerms.EntriesByCategory"/>), when an earlier build made them.</param>
    /// <param name="only">The addresses of the pages to make (an update), or null for every page.</param>
    public static PageViews Run(Site site, SiteLinks links, ImmutableArray<Redirect> redirects, FingerprintedAssets assets, ContentHtmlRenderer content,
        ExplainData? explain, SemanticGraph? network, ReadLog? reads = null, FrozenDictionary<string, ImmutableArray<ContentDocument>>? entriesByCategory = null,
        IReadOnlySet<string>? only = null, Twins? twins = null)
    {
        entriesByCategory ??= RelatedTerms.EntriesByCategory(site);
        var builder = new BuildPageViews(site, links, redirects, content, assets, explain, network, reads, entriesByCategory, twins);
        return new PageViews(builder.Views(only is null ? _ => true : only.Contains), entriesByCategory);
    }

    private BuildPageViews(Site site, SiteLinks links, ImmutableArray<Redirect> redirects, ContentHtmlRenderer contentRenderer, FingerprintedAssets assets,
        ExplainData? explain, SemanticGraph? network, ReadLog? reads, FrozenDictionary<string, ImmutableArray<ContentDocument>> entriesByCategory, Twins? twins)
    {
        this.site = site;
        this.links = links;
        this.redirects = redirects;
        this.contentRenderer = contentRenderer;
        this.assets = assets;
        this.explain = explain;
        this.reads = reads;
        this.twins = twins;
        _siteView = CreateSiteView(site, assets);
        _graph = reads is null ? links.Graph : links.Graph.ObservedBy(ReadLog.LinksRead);
        _related = new RelatedTerms(site, _graph, entriesByCategory);
        _network = network is null ? null : new NetworkFigures(network, _siteView);
        _shared = new SharedDocumentViews(_siteView, ResolveLinks.BySource(site));
    }

    /// <summary>A page the phase can make: its address, and how.</summary>
    private readonly record struct Page(string Path, Func<PageView> View);

    /// <summary>The views of the pages <paramref name="wanted"/> names, in the order of a full build's list.</summary>
    private List<PageView> Views(Func<string, bool> wanted)
    {
        var documents = site.Documents.Where(d => wanted(d.Url)).ToArray();
        var documentViews = new PageView[documents.Length];
        Parallel.For(0, documents.Length, i => documentViews[i] = ReadLog.Record(reads, documents[i].Url, () => ViewFor(documents[i])));
        return [.. Make(IndexPages(), wanted).Select(WithAlternates), .. documentViews, .. Make(OtherPages(), wanted).Select(WithAlternates)];
    }

    private IEnumerable<PageView> Make(IEnumerable<Page> pages, Func<string, bool> wanted) =>
        pages.Where(p => wanted(p.Path)).Select(p => ReadLog.Record(reads, p.Path, p.View));

    private IEnumerable<Page> IndexPages() =>
    [
        new(SiteRoutes.Home, Home),
        new(SiteRoutes.Glossary, AzIndex),
        new(SiteRoutes.Guides, GuidesIndex),
        new(SiteRoutes.Categories, CategoriesIndex),
        .. site.Config.Categories.Select(c => new Page(SiteRoutes.CategoryUrl(c.Slug), () => CategoryPage(c))),
    ];

    private IEnumerable<Page> OtherPages() =>
    [
        new(SiteRoutes.NotFound, NotFound),
        new(SiteRoutes.Search, () => new SearchPageView(_siteView, SiteRoutes.Search, T["search_title"], T.Format("search_description", site.Config.Title),
            Crumbs(), _siteView.Href("/" + Search.SearchIndexBuilder.Folder + "/"))),
        new(SiteRoutes.Thanks, () => new ThanksPageView(_siteView, SiteRoutes.Thanks, T["thanks_title"], T["thanks_description"])),
        // The explain tool's data is English: a translation has no page of its own and links to the default language's.
        .. explain is null ? (Page[])[] : [new(SiteRoutes.Explain, ExplainPage)],
        .. NetworkPages(),
        .. redirects.Select(r => new Page(r.From, () => RedirectView(r))),
    ];

    /// <summary>/explain/: the next steps' titles and summaries, and the data file's address, named by what the file holds.</summary>
    private ExplainPageView ExplainPage()
    {
        reads?.Names(ExplainDataFile.Route(site.Config.Language));
        return new(_siteView, SiteRoutes.Explain, T["explain_title"], T["explain_description"],
            Crumbs(), _siteView.Href("/" + explain!.File.Path), [.. ExplainPageView.Scripts.Select(name => _siteView.Href(assets.PathOf(name)))],
            [.. explain.NextSteps.Select(d => new LinkView(d.Title, _siteView.Href(d.Url), Current(d).Meta.Summary))]);
    }

    private RedirectPageView RedirectView(Redirect r) => new(_siteView, r.From, T.Format("moved_title", r.To.Title), Current(r.To).Meta.Summary, LinkTo(r.To));

    /// <summary>A page with the addresses of its versions in the site's other languages (none for a redirect, or a site in one language).</summary>
    private PageView WithAlternates(PageView view) =>
        twins is null || view is RedirectPageView ? view : view with { Alternates = Alternates.For(twins, view) };

    /// <summary>The page of one entry, guide or page.</summary>
    private PageView ViewFor(ContentDocument document)
    {
        var resolved = links.Of(document);
        var body = new ContentHtml(() => contentRenderer.Render(document, resolved));
        var dates = new DocumentDates(document.LastModified, document.Meta.Reviewed);
        var referencedIn = LinksTo(_graph.LinksTo(document));
        var related = _related.For(document);
        var guideTerms = TermDocuments(document.Meta.Terms.Concat(document.Meta.Related).Select(t => t.Value));
        var findingTerms = TermDocuments(document.Meta.KeyFindings.SelectMany(f => f.Terms).Select(t => t.Value));
        // Summaries shown visibly next to a list's links need no hidden copy.
        var shownInList = document.Kind == DocumentKind.Entry ? related : document.Kind == DocumentKind.Guide ? guideTerms : [];
        var summaries = Summaries(resolved.Terms.Concat(_graph.LinksTo(document)).Concat(findingTerms)
            .Concat(ShowsFigure(document) ? _network!.EntriesShownWith(document) : []).Concat(RelationshipEntries(document)).Except(shownInList));
        PageView view = document.Kind switch
        {
            DocumentKind.Entry => new EntryPageView(_siteView, document.Url, document.Title, document.Meta.Summary,
                Crumbs((T["glossary"], SiteRoutes.Glossary)),
                [.. document.Meta.Aliases.Select(a => a.Value)],
                body,
                CategoriesOf(document),
                LinksTo(related),
                referencedIn,
                document.Meta.Sources,
                dates) { CurrentCategory = FirstCategorySlug(document), Network = Figure(document) },
            DocumentKind.Guide => new GuidePageView(_siteView, document.Url, document.Title, document.Meta.Summary,
                Crumbs((T["guides"], SiteRoutes.Guides)),
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
                Network = ShowsFigure(document) ? Figure(document) : null,
                ThematicConnections = ThematicConnections(document),
                Highlights = [.. document.Meta.Relationships.Select(Highlight).OfType<RelationshipHighlightView>()],
            },
            _ => new ContentPageView(_siteView, document.Url, document.Title, document.Meta.Summary, Crumbs(), body, dates),
        };
        return WithAlternates(view with { TermSummaries = summaries, ShowsCrisisCallout = ShowsCrisisCallout(document) });
    }

    /// <summary>The page's own 'crisis_callout' flag if it has one, else whether it is in a category site.yml names.</summary>
    private bool ShowsCrisisCallout(ContentDocument document) =>
        site.Config.Crisis is { } crisis
        && (document.Meta.CrisisCallout ?? site.CategoriesOf(document).Any(c => crisis.CategorySlugs.Contains(c.Slug)));

    private ImmutableArray<TermSummary> Summaries(IEnumerable<ContentDocument> documents) =>
    [
        .. documents.Where(d => d.Kind == DocumentKind.Entry).Distinct().OrderBy(d => d.Slug, StringComparer.Ordinal)
            .Select(d => { ReadLog.Shown(d); return _shared.SummaryOf(d); }),
    ];

    /// <summary>
    /// The site's own parse of a document, which the page being made shows (and records, see <see cref="ReadLog.Shown"/>).
    /// Lists made before an edit in 'serve' (the link graph, related candidates) may hold the parse from before it;
    /// whatever a page shows of another document comes from the current one.
    /// </summary>
    private ContentDocument Current(ContentDocument document)
    {
        ReadLog.Shown(document);
        return _shared.CurrentOf(document);
    }

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
        return new AzIndexPageView(_siteView, SiteRoutes.Glossary, T["az_title"],
            T.Format("az_description", site.Config.Title),
            Crumbs(), letters, site.Entries.Count());
    }

    private static string LetterOf(string folded) => TextFolding.Initial(folded);

    private GuidesIndexPageView GuidesIndex() =>
        new(_siteView, SiteRoutes.Guides, T["guides_title"],
            T["guides_description"],
            Crumbs(),
            [.. SortedLinks(site.Guides.Where(g => g.Meta.GuideKind == GuideKind.Guide))],
            [.. SortedLinks(site.Guides.Where(g => g.Meta.GuideKind == GuideKind.Report))]);

    private CategoriesIndexPageView CategoriesIndex() =>
        new(_siteView, SiteRoutes.Categories, T["categories"], T["categories_description"], Crumbs(), _siteView.Categories);

    private CategoryPageView CategoryPage(Configuration.Category category)
    {
        bool InCategory(ContentDocument d) => site.CategoriesOf(d).Any(c => c.Slug == category.Slug);
        return new CategoryPageView(_siteView, SiteRoutes.CategoryUrl(category.Slug), category.Name,
            category.Description.Length > 0 ? category.Description : T.Format("category_description", category.Name),
            Crumbs((T["categories"], SiteRoutes.Categories)),
            [.. SortedLinks(site.Entries.Where(InCategory))],
            [.. SortedLinks(site.Guides.Where(InCategory))]) { CurrentCategory = category.Slug };
    }

    private NotFoundPageView NotFound() =>
        new(_siteView, SiteRoutes.NotFound, T["not_found_title"], T["not_found_description"], []);

    private ImmutableArray<LinkView> Crumbs(params (string Text, string Path)[] trail) =>
        [new LinkView(T["home"], _siteView.Href(SiteRoutes.Home)), .. trail.Select(t => new LinkView(t.Text, _siteView.Href(t.Path)))];

    private LinkView LinkTo(ContentDocument document)
    {
        ReadLog.Shown(document);
        return _shared.LinkTo(document);
    }

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
