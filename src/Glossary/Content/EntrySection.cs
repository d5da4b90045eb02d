using Glossary.Text;

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

    /// <summary>This section's '## ' heading in an entry (compared as the validator compares, folded), or null.</summary>
    public HeadingInfo? FindIn(ContentDocument entry)
    {
        string[]? accepted = null;
        foreach (var heading in entry.Headings)
        {
            if (heading.Level != 2) continue;
            // As written, usually; folded (case, accents, spacing) otherwise.
            if (heading.Text == Heading) return heading;
            accepted ??= [.. AcceptedHeadings.Select(TextFolding.Fold)];
            if (accepted.Contains(TextFolding.Fold(heading.Text))) return heading;
        }
        return null;
    }
}
