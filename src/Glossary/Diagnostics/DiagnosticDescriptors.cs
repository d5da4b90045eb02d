using System.Collections.Frozen;
using static Glossary.Diagnostics.DiagnosticCodes;

namespace Glossary.Diagnostics;

/// <summary>
/// One descriptor per code, in the order of their ids: the only place that says a code's severity, title and default
/// hint. <see cref="DiagnosticBag"/> refuses a code that is not here, or one reported with another severity.
/// </summary>
public static class DiagnosticDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        // Files
        Error(InvalidUtf8, "The file is not valid UTF-8 text.",
            "save the file as UTF-8 in your editor (often under 'Save with encoding')"),
        Error(EmptyFile, "The file is empty.",
            "add front matter and content (glossary new entry \"Title\" writes a starting point), or delete the file"),
        Error(FileTooLarge, "The file is larger than 1 MB.",
            "split it into several entries or guides; images belong beside it as separate files"),
        Error(InvalidSlug, "The file name is not a valid slug (lower-case letters, digits and hyphens).",
            "rename it with lower-case letters, digits and single hyphens, such as 'medical-necessity.md'"),
        Error(MarkdownOutsideContentFolders, "A Markdown file is outside glossary/, guides/ and pages/, so it would not be published.",
            "move it into input/glossary/ (terms), input/guides/ (guides and reports) or input/pages/ (about, contribute…)"),
        Error(UnreadableInput, "A file or folder in input/ cannot be read (no permission, or a link that loops back into its own folder).",
            "make it readable, or remove it from input/"),
        Error(MissingSiteConfig, "The input folder has no site.yml.",
            "create site.yml in the input folder with at least 'title:' and 'base_url:'"),

        // Front matter and site.yml
        Error(MalformedYaml, "The YAML front matter (or site.yml) cannot be read.",
            "check indentation and colons; text containing ': ' or starting with a quote, '[' or '{' needs quotes around it"),
        Error(UnknownKey, "A key that the content model does not know; usually a typo.",
            "check the spelling; the README's front-matter reference lists every key"),
        Error(WrongType, "A value has the wrong shape (a list where text is expected, and so on).",
            "write text on one line after the key, and a list as one '  - item' per line under it"),
        Error(MissingField, "A required field (such as title or summary) is missing or empty.",
            "add the field with a value; the README's front-matter reference says which fields are required"),
        Error(InvalidValue, "A value is not allowed (unknown category, bad date, bad URL, unknown kind).",
            "use one of the values the message names, or the form the README's front-matter reference gives"),
        Error(MissingFrontMatter, "The Markdown file does not start with a --- front matter block.",
            "start the file with a line '---', then 'title:' and 'summary:', then another '---'"),
        Error(InvalidRedirectFrom, "A redirect_from value is neither a slug nor a site path.",
            "write the old file name without .md, such as 'old-name', or a path such as /glossary/old-name/"),
        Error(DuplicateCategorySlug, "Two categories in site.yml have the same slug.",
            "give each category its own slug"),

        // Structure of an entry
        Error(MissingSection, "A glossary entry lacks a required section (definition, Examples, How it is used against you, What you can do).",
            "start with a definition paragraph, then the sections '## Examples', '## How it is used against you' and '## What you can do'"),
        Error(NestedTooDeeply, "Markdown nests too deeply to be read (hundreds of quote, list or bracket levels).",
            "flatten the quote or list near this line; write a literal '[' or '>' as '\\[' or '\\>'"),
        Error(UnclosedComment, "An HTML comment (<!--) is never closed with -->, so it would hide everything after it.",
            "end the comment with '-->' where it should stop, or delete the '<!--'"),
        Warning(LevelOneHeading, "A '# …' heading in the body; the title is already the page's level-1 heading.",
            "delete it if it repeats the title, or make it a section with '## …'"),

        // Identity of documents
        Error(DuplicateSlug, "Two documents would be published at the same address, or a file takes the address of a page the site generates.",
            "rename or move one of the files"),
        Error(DuplicateAlias, "A title or alias is claimed by two entries.",
            "a title or alias must point to one entry; remove it here or there, or make the names more specific"),
        Error(UnknownTermReference, "related, terms or key_findings name an entry that does not exist.",
            "use an entry's title, slug or alias; if the entry does not exist yet, add it first"),
        Error(RedirectCollision, "A redirect_from address is a real page, or is claimed twice.",
            "a redirect may only take over an address that no longer has a page, for one page only"),
        Warning(OneWayRelated, "An entry lists another as related, but that entry does not list it back.",
            "add each entry to the other's 'related', or remove the one-way item"),
        Error(UnknownRelationshipTerm, "A relationship's 'from' or 'to' names an entry that does not exist, or names more than one.",
            "use an entry's slug, title or alias, as in 'related'; if the entry does not exist yet, add it first"),

        // Links
        Error(BrokenLink, "A link points at a page that does not exist.",
            "check the address; glossary entries live at /glossary/<slug>/ and guides at /guides/<slug>/"),
        Error(BrokenAnchor, "A link points at a heading that does not exist on its page.",
            "link to a heading that the page has, or drop the '#…' part"),
        Error(BrokenRenderedLink, "A link or asset in a rendered page (theme, navigation or raw HTML) does not resolve to a written file or id.",
            "fix the address where it is written: the file's raw HTML, a navigation link in site.yml, or the theme"),
        Warning(UnclosedWikiLink, "'[[' opens a link that is never closed with ']]' on its line, so it shows as plain text.",
            "close it, as in [[Medical Necessity]]; to show two brackets as text, write \\[["),
        Error(AmbiguousWikiLink, "A [[wikilink]] names more than one entry (a title or alias that two entries claim).",
            "link by slug instead, such as [[medical-necessity]]"),

        // Safety
        Error(UnsafeHtml, "Raw HTML that could run code or embed third parties (script, iframe, on* attributes, javascript: URLs), or an image from another site.",
            "write it in Markdown; put images beside the Markdown file and link other sites instead of embedding them"),

        // Output
        Error(UnsafeOutputFolder, "The output folder is the input folder, contains it, or holds files that glossary did not write.",
            "choose an empty folder, or the one glossary built into before"),

        // Lints ('glossary check' only)
        Warning(HardToRead, "Check: the text reads above the grade limit in site.yml (Flesch–Kincaid, default 9).",
            "use shorter sentences and everyday words; one idea per sentence"),
        Warning(StaleReview, "Check: 'reviewed' is more than 12 months ago, or missing.",
            "check the page against its sources, then set 'reviewed: YYYY-MM-DD'"),
        Warning(NoSources, "Check: an entry or guide cites no sources.",
            "add 'sources:' with the statute, regulation or regulator's guide the page rests on"),
        Warning(Orphan, "Check: no page links to this entry.",
            "mention or link it from a related entry or guide, so readers can find it"),
        Warning(LongSummary, "Check: the summary is longer than 30 words.",
            "one plain sentence: it is shown in previews, search results and link cards"),
        Warning(UnfinishedTemplate, "Check: a prompt left by 'glossary new' is still in the text.",
            "replace the prompt with your text, then delete the <!-- glossary:prompt … --> line"),
        Warning(WeakSources, "Check: an entry cites fewer than two sources, or none from a statute, regulation or regulator (.gov, law.cornell.edu).",
            "cite at least two sources, one of them primary: the statute, the regulation (with its section) or the regulator's own page"),
        Warning(StaleTranslation, "Check: a translation's source_hash is not the hash of its English twin as it is now (the twin changed since), or is missing.",
            "bring the translation up to date with its twin (git log -p shows what changed), then set source_hash to the twin's hash the message gives"),
        Warning(OrphanTranslation, "Check: a translation has no twin in the default language at the same path.",
            "move it to the path of the page it translates (input/es/glossary/<slug>.md for input/glossary/<slug>.md), or delete it"),
    ];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ById =
        All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of <paramref name="code"/>; a code without one is a programming error.</summary>
    public static DiagnosticDescriptor For(string code) =>
        ById.TryGetValue(code, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"diagnostic code '{code}' has no descriptor in DiagnosticDescriptors", nameof(code));

    private static DiagnosticDescriptor Error(string id, string title, string hint) => new(id, Severity.Error, title, hint);

    private static DiagnosticDescriptor Warning(string id, string title, string hint) => new(id, Severity.Warning, title, hint);
}
