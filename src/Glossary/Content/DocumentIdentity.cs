namespace Glossary.Content;

/// <summary>
/// What other pages show or use of a document: its address, names, summary, categories, the entries it lists,
/// its dates and switches. When an edit leaves these alone (the usual case: rewriting the body), only the document's
/// own page, the pages its links reach and the search index can change, which is what lets 'serve' rebuild so little;
/// a new summary alone changes only the pages that show it, which 'serve' can also find.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>What changed between two parses of a document, of what other pages show.</summary>
    public static IdentityChange Compare(ContentDocument a, ContentDocument b) =>
        !string.Equals(Key(a), Key(b), StringComparison.Ordinal) ? IdentityChange.Other
        : a.Meta.Summary != b.Meta.Summary ? IdentityChange.SummaryOnly
        : IdentityChange.None;

    /// <summary>Everything other pages show or sort by, except the summary (compared on its own).</summary>
    private static string Key(ContentDocument d)
    {
        var m = d.Meta;
        return string.Join('\u001f',
            d.Kind, d.Slug, d.Url, m.Title, m.Draft, m.Autolink, m.GuideKind, m.Reviewed, m.Updated, d.LastModified,
            Join(m.Aliases.Select(a => a.Value)), Join(m.Categories.Select(c => c.Value)), Join(m.Related.Select(r => r.Value)),
            Join(m.Terms.Select(t => t.Value)), Join(m.RedirectFrom.Select(r => r.Value)),
            Join(m.KeyFindings.Select(f => f.Title + '\u001d' + f.Text + '\u001d' + Join(f.Terms.Select(t => t.Value)))),
            Join(m.Relationships.Select(r => r.From.Value + '\u001d' + r.To.Value + '\u001d' + r.Label + '\u001d' + r.Text)));
    }

    private static string Join(IEnumerable<string> values) => string.Join('\u001e', values);
}
