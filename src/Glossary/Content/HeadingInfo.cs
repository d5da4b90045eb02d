namespace Glossary.Content;

/// <summary>A heading of a document: its level, plain text, generated id and 1-based line.</summary>
public sealed record HeadingInfo(int Level, string Text, string Id, int Line);
