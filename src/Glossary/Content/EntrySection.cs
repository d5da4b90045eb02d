namespace Glossary.Content;

/// <summary>
/// One '## ' section of a glossary entry, in the order entries show them: its heading, whether every entry needs it,
/// the writing prompt 'glossary new' puts under it, and headings it was known by before (still accepted).
/// </summary>
public sealed record EntrySection(string Heading, bool Required, string Prompt, IReadOnlyList<string> FormerHeadings)
{
    public EntrySection(string heading, bool required, string prompt) : this(heading, required, prompt, []) { }

    /// <summary>The headings that satisfy this section: its own, then any former ones.</summary>
    public IEnumerable<string> AcceptedHeadings => FormerHeadings.Prepend(Heading);
}
