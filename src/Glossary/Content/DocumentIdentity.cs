namespace Glossary.Content;

/// <summary>
/// What other pages show or use of a document: its address, names, summary, categories, the entries it lists,
/// its dates and switches. When an edit leaves these alone (the usual case: rewriting the body), only the document's
/// own page, the pages its links reach and the search index can change, which is what lets 'serve' rebuild so little;
/// a new summary alone changes only the pages that show it, which 'serve' can also find.
/// </summary>
public static class DocumentIdentity
{
    public static bool Same(ContentDocument a, ContentDocument b) =>
        a.Meta.Summary == b.Meta.Summary && string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>Only the summary changed: the pages that show it must follow, but no name, address or list order moves.</summary>
    public static bool SameButSummary(ContentDocument a, ContentDocument b) =>
        a.Meta.Summary != b.Meta.Summary && string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    private static string Key(ContentDocument d)
    {
        var m = d.Meta;
        return string.Join('\u001f',
            d.Kind, d.Slug, d.Url, m.Title, m.Draft, m.Autolink, m.GuideKind, m.Reviewed, m.Updated, d.LastModified,
            Join(m.Aliases.Select(a => a.Value)), Join(m.Categories.Select(c => c.Value)), Join(m.Related.Select(r => r.Value)),
            Join(m.Terms.Select(t => t.Value)), Join(m.RedirectFrom.Select(r => r.Value)),
            Join(m.KeyFindings.Select(f => f.Title + '\u001d' + f.Text + '\u001d' + Join(f.Terms.Select(t => t.Value)))));
    }

    private static string Join(IEnumerable<string> values) => string.Join('\u001e', values);
}
