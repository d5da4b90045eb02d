namespace Glossary.Content;

/// <summary>A cited source: a statute, regulation or regulator's guide.</summary>
public sealed record SourceReference(string Title, string Url, string? Publisher);
