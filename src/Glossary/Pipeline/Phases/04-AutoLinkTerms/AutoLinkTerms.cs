using Glossary.Content;
using Glossary.Linking;
using Glossary.Markdown.WikiLinks;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 4, after the term index exists: in entries and guides, plain mentions of known terms become links (a
/// <see cref="WikiLink"/>, as if written by hand), so they are resolved, counted as backlinks and previewed like any other.
/// Never inside headings, code, HTML or existing links, never to the page's own term. Opt out per page or per term
/// with <c>autolink: false</c>.
/// This is the one phase that changes what an earlier one made: it adds the links to the parsed syntax trees in
/// place (copying 10,000 trees to add a few nodes would cost more than parsing them), so it runs on fresh parses
/// only, before anything reads them, one document per thread. It returns the site it was given.
/// <para>
/// A budget keeps pages readable where every sentence names a term (one link in three words is noise, and a screen
/// reader announces each): a term is linked at its first mention in an entry (a short page, read top to bottom), or in
/// each level-2 section of a guide (read by section from its table of contents), and never where the page or section
/// already links to it; a paragraph (or list item) gets at most <see cref="PerParagraph"/> links, its own explicit
/// ones counted first; an automatic link never directly follows another link, which would read as one. At each
/// position the longest name wins. Explicit links are never removed, even past the budget.
/// </para>
/// </summary>
public static class AutoLinkTerms
{
    /// <summary>The most links a paragraph gets, explicit ones included: about one per sentence of a plain-language paragraph.</summary>
    public const int PerParagraph = 3;

    public static Site Run(Site site)
    {
        Parallel.ForEach(site.Documents, document => LinkDocument(document, site.Terms, site.Matcher));
        return site;
    }

    /// <summary>Auto-links the fresh parse of one edited document (an update).</summary>
    public static Site Run(Site site, ContentDocument updated)
    {
        LinkDocument(updated, site.Terms, site.Matcher);
        return site;
    }

    private static void LinkDocument(ContentDocument document, TermIndex terms, TermMatcher matcher)
    {
        if (document.Kind == DocumentKind.Page || !document.Meta.Autolink) return;
        IEnumerable<List<Block>> scopes = document.Kind == DocumentKind.Entry ? [[.. document.Markdown]] : Sections(document.Markdown);
        foreach (var scope in scopes)
            LinkScope(scope, document, terms, matcher);
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

    private static void LinkScope(List<Block> scope, ContentDocument document, TermIndex terms, TermMatcher matcher)
    {
        var paragraphs = scope.SelectMany(b => b is ParagraphBlock p ? [p] : b is ContainerBlock c ? c.Descendants<ParagraphBlock>() : [])
            .Where(p => p.Inline is not null)
            .ToList();
        var linked = new HashSet<ContentDocument> { document };
        foreach (var link in paragraphs.SelectMany(p => p.Inline!.Descendants<LinkInline>()))
            if (LinkedEntry(link, terms) is { } entry) linked.Add(entry);

        foreach (var paragraph in paragraphs)
        {
            var budget = PerParagraph - paragraph.Inline!.Descendants<LinkInline>().Count(l => !l.IsImage);
            // Snapshot first: linking splits literals and inserts new inlines as we go.
            var literals = paragraph.Inline!.Descendants<LiteralInline>().Where(l => !InsideLink(l)).ToList();
            foreach (var literal in literals)
            {
                if (budget <= 0) break;
                budget -= LinkLiteral(literal, matcher, linked, budget);
            }
        }
    }

    /// <summary>Links up to <paramref name="budget"/> mentions in one literal, left to right; returns how many.</summary>
    private static int LinkLiteral(LiteralInline literal, TermMatcher matcher, HashSet<ContentDocument> linked, int budget)
    {
        var made = 0;
        for (var current = literal; current is not null && made < budget;)
        {
            var (linkedOne, rest) = LinkFirstMention(current, matcher, linked);
            if (linkedOne) made++;
            current = rest;
        }
        return made;
    }

    /// <summary>Links the first mention in the literal, if any; and the literal after the new link, to go on from.</summary>
    private static (bool Linked, LiteralInline? After) LinkFirstMention(LiteralInline literal, TermMatcher matcher, HashSet<ContentDocument> linked)
    {
        var content = literal.Content;
        var (from, endBefore) = AllowedRange(literal);
        if (matcher.First(content.AsSpan(), linked, from, endBefore) is not { } match) return (false, null);
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
        return (true, after.Content.IsEmpty ? null : after);
    }

    /// <summary>
    /// Where in the literal a mention may start and before where it must end, so that two links never stand side by
    /// side: not at its first word when only white space separates it from a link before it, and not at its last word
    /// when only white space separates it from a link after it.
    /// </summary>
    private static (int From, int EndBefore) AllowedRange(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        var from = literal.PreviousSibling is LinkInline ? text.Length - text.TrimStart().Length + 1 : 0;
        var endBefore = literal.NextSibling is LinkInline ? text.TrimEnd().Length : int.MaxValue;
        return (from, endBefore);
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
