using System.Collections.Immutable;
using Markdig.Syntax;

namespace Glossary.Content;

/// <summary>
/// A parsed entry, guide or page. The Markdig AST is owned by the pipeline. One phase changes it:
/// <see cref="Pipeline.Phases.AutoLinkTerms"/> adds links to the mentions of terms, once per parse, after the site is
/// indexed and before anything reads its links. From then on it is only read: link targets are rewritten as pages
/// render, not in the tree.
/// </summary>
public sealed record ContentDocument(
    SourceFile Source,
    DocumentKind Kind,
    string Slug,
    string Url,
    FrontMatter Meta,
    MarkdownDocument Markdown,
    ImmutableArray<HeadingInfo> Headings)
{
    public string DisplayPath => Source.DisplayPath;

    public string Title => Meta.Title;

    /// <summary>Last modification: front matter <c>updated</c>, else the file's last commit, else <c>reviewed</c>.</summary>
    public DateOnly? LastModified => Meta.Updated ?? Source.CommitDate ?? Meta.Reviewed;

    public bool HasAnchor(string id) => Headings.Any(h => h.Id == id);

    // A document is keyed by its source file: two parses of the same file are the same document (so 'serve' can swap
    // in a re-parsed entry while lists built earlier still hold the old parse), and sets and dictionaries of documents
    // hash one path instead of every field of the front matter and syntax tree.
    public bool Equals(ContentDocument? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(Source.RelativePath, other.Source.RelativePath, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        var path = Source.RelativePath;
        var cached = _hash;
        if (cached is null || !ReferenceEquals(cached.Path, path)) _hash = cached = new PathHash(path, StringComparer.Ordinal.GetHashCode(path));
        return cached.Hash;
    }

    // The path's hash, computed once: related terms, auto-links and the link graph hash each document thousands of
    // times in a link-dense site. Kept with the path it was computed from, so a copy with another source never uses it.
    private PathHash? _hash;

    private sealed record PathHash(string Path, int Hash);
}
