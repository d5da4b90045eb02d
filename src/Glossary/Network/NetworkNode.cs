using Glossary.Content;

namespace Glossary.Network;

/// <summary>
/// A page in the semantic network. <see cref="Id"/> names it in share codes and data files: an entry's slug, or
/// "guides/" and a guide's slug (an entry and a guide may share a slug).
/// </summary>
public sealed record NetworkNode(int Index, string Id, NodeKind Kind, ContentDocument Document)
{
    public static string IdOf(ContentDocument document) =>
        document.Kind == DocumentKind.Entry ? document.Slug : "guides/" + document.Slug;

    public static NodeKind KindOf(ContentDocument document) =>
        document.Kind == DocumentKind.Entry ? NodeKind.Entry
        : document.Meta.GuideKind == GuideKind.Report ? NodeKind.Report
        : NodeKind.Guide;
}
