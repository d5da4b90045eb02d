namespace Glossary.Rendering;

/// <summary>An entry's one-sentence summary, held once per page under an id that term links point to.</summary>
public sealed record TermSummary(string Id, string Text);
