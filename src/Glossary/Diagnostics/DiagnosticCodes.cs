namespace Glossary.Diagnostics;

/// <summary>
/// Every diagnostic the build can report. Codes are stable: never reuse or renumber one.
/// The README's table is generated from the same descriptions (see <see cref="All"/>).
/// </summary>
public static class DiagnosticCodes
{
    // Files
    public const string InvalidUtf8 = "GL0001";
    public const string EmptyFile = "GL0002";
    public const string FileTooLarge = "GL0003";
    public const string InvalidSlug = "GL0004";
    public const string MarkdownOutsideContentFolders = "GL0005";
    public const string UnreadableInput = "GL0006";

    // Front matter and site.yml
    public const string MalformedYaml = "GL0101";
    public const string UnknownKey = "GL0102";
    public const string WrongType = "GL0103";
    public const string MissingField = "GL0104";
    public const string InvalidValue = "GL0105";
    public const string MissingFrontMatter = "GL0106";

    // Structure of an entry
    public const string MissingSection = "GL0201";
    public const string NestedTooDeeply = "GL0202";
    public const string UnclosedComment = "GL0203";
    public const string LevelOneHeading = "GL0204";

    // Identity of documents
    public const string DuplicateSlug = "GL0301";
    public const string DuplicateAlias = "GL0302";
    public const string UnknownTermReference = "GL0303";
    public const string RedirectCollision = "GL0304";
    public const string OneWayRelated = "GL0305";

    // Links
    public const string BrokenLink = "GL0401";
    public const string BrokenAnchor = "GL0402";
    public const string BrokenRenderedLink = "GL0403";
    public const string UnclosedWikiLink = "GL0404";

    // Safety
    public const string UnsafeHtml = "GL0501";

    // Lints ('glossary check' only; warnings)
    public const string HardToRead = "GL0701";
    public const string StaleReview = "GL0702";
    public const string NoSources = "GL0703";
    public const string WeakSources = "GL0707";
    public const string Orphan = "GL0704";
    public const string LongSummary = "GL0705";
    public const string UnfinishedTemplate = "GL0706";

    // Output
    public const string UnsafeOutputFolder = "GL0601";

    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (InvalidUtf8, "The file is not valid UTF-8 text."),
        (EmptyFile, "The file is empty."),
        (FileTooLarge, "The file is larger than 1 MB."),
        (InvalidSlug, "The file name is not a valid slug (lower-case letters, digits and hyphens)."),
        (MarkdownOutsideContentFolders, "A Markdown file is outside glossary/, guides/ and pages/, so it would not be published."),
        (UnreadableInput, "A file or folder in input/ cannot be read (no permission, or a link that loops back into its own folder)."),
        (MalformedYaml, "The YAML front matter (or site.yml) cannot be read."),
        (UnknownKey, "A key that the content model does not know; usually a typo."),
        (WrongType, "A value has the wrong shape (a list where text is expected, and so on)."),
        (MissingField, "A required field (such as title or summary) is missing or empty."),
        (InvalidValue, "A value is not allowed (unknown category, bad date, bad URL, unknown kind)."),
        (MissingFrontMatter, "The Markdown file does not start with a --- front matter block."),
        (MissingSection, "A glossary entry lacks a required section (definition, Examples, How it is used against you, What you can do)."),
        (NestedTooDeeply, "Markdown nests too deeply to be read (hundreds of quote, list or bracket levels)."),
        (UnclosedComment, "An HTML comment (<!--) is never closed with -->, so it would hide everything after it."),
        (LevelOneHeading, "Warning: a '# …' heading in the body; the title is already the page's level-1 heading."),
        (DuplicateSlug, "Two documents would be published at the same address."),
        (DuplicateAlias, "A title or alias is claimed by two entries."),
        (UnknownTermReference, "related, terms or key_findings name an entry that does not exist."),
        (RedirectCollision, "A redirect_from address is a real page, is claimed twice, or is not a valid slug or path."),
        (OneWayRelated, "Warning: an entry lists another as related, but that entry does not list it back."),
        (BrokenLink, "A link points at a page that does not exist."),
        (BrokenAnchor, "A link points at a heading that does not exist on its page."),
        (BrokenRenderedLink, "A link or asset in a rendered page (theme, navigation or raw HTML) does not resolve to a written file or id."),
        (UnclosedWikiLink, "Warning: '[[' opens a link that is never closed with ']]' on its line, so it shows as plain text."),
        (UnsafeHtml, "Raw HTML that could run code or embed third parties (script, iframe, on* attributes, javascript: URLs), or an image from another site."),
        (HardToRead, "Check: the text reads above the grade limit in site.yml (Flesch–Kincaid, default 9)."),
        (StaleReview, "Check: 'reviewed' is more than 12 months ago, or missing."),
        (NoSources, "Check: an entry or guide cites no sources."),
        (Orphan, "Check: no page links to this entry."),
        (LongSummary, "Check: the summary is longer than 30 words."),
        (UnfinishedTemplate, "Check: a prompt left by 'glossary new' is still in the text."),
        (WeakSources, "Check: an entry cites fewer than two sources, or none from a statute, regulation or regulator (.gov, law.cornell.edu)."),
        (UnsafeOutputFolder, "The output folder is the input folder, contains it, or holds files that glossary did not write."),
    ];
}
