using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Linking;

namespace Glossary.Content;

/// <summary>The whole input after parsing and validation: configuration, published documents, passthrough files.</summary>
public sealed record Site(
    SiteConfig Config,
    ImmutableArray<ContentDocument> Documents,
    TermIndex Terms,
    ImmutableArray<SourceFile> StaticFiles)
{
    public IEnumerable<ContentDocument> Entries => Documents.Where(d => d.Kind == DocumentKind.Entry);
    public IEnumerable<ContentDocument> Guides => Documents.Where(d => d.Kind == DocumentKind.Guide);
    public IEnumerable<ContentDocument> Pages => Documents.Where(d => d.Kind == DocumentKind.Page);
}
