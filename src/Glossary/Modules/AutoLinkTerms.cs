using Glossary.Content;
using Glossary.Linking;
using Glossary.Markdown.WikiLinks;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Modules;

/// <summary>
/// Process phase, after the term index exists: in entries and guides, the first plain mention of a known term in
/// each top-level section becomes a link (a <see cref="WikiLink"/> marked automatic), so it is resolved, counted as
/// a backlink and previewed like any other. Never inside headings, code, HTML or existing links, never to the page's
/// own term, and not for a term the section already links to. Opt out per page or per term with <c>autolink: false</c>.
/// This is the one module that adds to a parsed AST; it runs before links are resolved, one document per thread.
/// </summary>
public static class AutoLinkTerms
{
    public static TermMatcher Execute(Site site)
    {
        var matcher = new TermMatcher(site.Entries);
        Parallel.ForEach(site.Documents, document => LinkDocument(document, site.Terms, matcher));
        return matcher;
    }

    /// <summary>Auto-links one freshly parsed document (all of them in a build; the edited one in 'serve').</summary>
    public static void LinkDocument(ContentDocument document, TermIndex terms, TermMatcher matcher)
    {
        if (document.Kind == DocumentKind.Page || !document.Meta.Autolink) return;
        foreach (var section in Sections(document.Markdown))
            LinkSection(section, document, terms, matcher);
    }

    /// <summary>Top-level blocks grouped by level-2 headings (the text before the first one is a section too).</summary>
    private static IEnumerable<List<Block>> Sections(MarkdownDocument markdown)
    {
        var current = new List<Block>();
        foreach (var block in markdown)
        {
            if (block is HeadingBlock { Level: <= 2 } && current.Count > 0)
            {
                yield return current;
                current = [];
            }
            current.Add(block);
        }
        if (current.Count > 0) yield return current;
    }

    private static void LinkSection(List<Block> section, ContentDocument document, TermIndex terms, TermMatcher matcher)
    {
        var paragraphs = section.SelectMany(b => b is ParagraphBlock p ? [p] : b is ContainerBlock c ? c.Descendants<ParagraphBlock>() : [])
            .Where(p => p.Inline is not null)
            .ToList();
        var linked = new HashSet<ContentDocument> { document };
        foreach (var link in paragraphs.SelectMany(p => p.Inline!.Descendants<LinkInline>()))
            if (LinkedEntry(link, terms) is { } entry) linked.Add(entry);

        foreach (var paragraph in paragraphs)
        {
            // Snapshot first: linking splits literals and inserts new inlines as we go.
            var literals = paragraph.Inline!.Descendants<LiteralInline>().Where(l => !InsideLink(l)).ToList();
            foreach (var literal in literals) LinkLiteral(literal, matcher, linked);
        }
    }

    private static void LinkLiteral(LiteralInline literal, TermMatcher matcher, HashSet<ContentDocument> linked)
    {
        var content = literal.Content;
        if (matcher.First(content.AsSpan(), linked) is not { } match) return;
        linked.Add(match.Entry);

        var source = content.Text;
        var start = content.Start + match.Start;
        var end = start + match.Length - 1;
        var link = new WikiLink
        {
            Term = match.Entry.Slug,
            Url = WikiLink.Scheme + match.Entry.Slug,
            IsClosed = true,
            Line = literal.Line,
            Column = literal.Column + match.Start,
            Span = new SourceSpan(literal.Span.Start + match.Start, literal.Span.Start + match.Start + match.Length - 1),
        };
        link.AppendChild(new LiteralInline(new StringSlice(source, start, end)));
        var after = new LiteralInline(new StringSlice(source, end + 1, content.End))
        {
            Line = literal.Line,
            Column = link.Column + match.Length,
            Span = new SourceSpan(link.Span.End + 1, literal.Span.End),
        };
        literal.Content = new StringSlice(source, content.Start, start - 1);
        literal.Span = new SourceSpan(literal.Span.Start, link.Span.Start - 1);
        literal.InsertAfter(link);
        link.InsertAfter(after);
        // The rest of the literal may mention other terms.
        if (!after.Content.IsEmpty) LinkLiteral(after, matcher, linked);
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }

    private static ContentDocument? LinkedEntry(LinkInline link, TermIndex terms)
    {
        if (link is WikiLink wiki) return terms.Lookup(wiki.Term) is [var found] ? found : null;
        if (link.Url is not { } url) return null;
        var path = url.Split('#')[0].TrimEnd('/');
        var slug = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(path)
            : path.Contains("/glossary/", StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : null;
        return slug is null ? null : terms.BySlug(slug);
    }
}
