using System.Collections.Concurrent;
using Glossary.Content;
using Glossary.Linking;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Each document's link and hidden summary as pages show them, made once per run of the phase and shared by every
/// page that shows the document: on 10,000 link-dense pages, a copy per page was some three million records kept
/// alive until the pages were rendered. Keyed by instance, since lists made before an edit in 'serve' may hold an
/// older parse of a document, with another title.
/// </summary>
internal sealed class SharedDocumentViews
{
    private readonly SiteView _site;
    private readonly Dictionary<string, ContentDocument> _current;
    private readonly ConcurrentDictionary<ContentDocument, LinkView> _links = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<ContentDocument, TermSummary> _summaries = new(ReferenceEqualityComparer.Instance);

    /// <param name="current">The site's own parse of each document, by source path (<see cref="ResolveLinks.BySource"/>).</param>
    public SharedDocumentViews(SiteView site, Dictionary<string, ContentDocument> current)
    {
        _site = site;
        _current = current;
    }

    /// <summary>The site's own parse of a document, whose summary pages show (the caller records the read).</summary>
    public ContentDocument CurrentOf(ContentDocument document) =>
        _current.TryGetValue(document.Source.RelativePath, out var current) ? current : document;

    public LinkView LinkTo(ContentDocument document) => _links.GetOrAdd(document, static (d, self) =>
        new LinkView(d.Title, self._site.Href(d.Url), self.CurrentOf(d).Meta.Summary, d.Kind == DocumentKind.Entry ? TermIds.For(d) : null), this);

    public TermSummary SummaryOf(ContentDocument entry) => _summaries.GetOrAdd(entry, static (d, self) =>
        new TermSummary(TermIds.For(d), self.CurrentOf(d).Meta.Summary), this);
}
