using System.Collections.Immutable;
using Markdig.Syntax;

namespace Glossary.Content;

/// <summary>
/// A parsed entry, guide or page. The Markdig AST is owned by the pipeline and never changed after
/// parsing: link targets are rewritten at render time, so the document stays effectively immutable.
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

    // A document is one parsed file: identity, not a deep comparison of its front matter and syntax tree, is what
    // every set and dictionary of documents needs (value equality hashed every field on each lookup).
    public bool Equals(ContentDocument? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
