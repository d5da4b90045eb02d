namespace Glossary.Diagnostics;

/// <summary>
/// The id of every diagnostic the build can report, as constants for call sites and test attributes. Codes are stable:
/// never reuse or renumber one, and never report one for a problem it does not describe. What each code means (its
/// severity, title and default hint) is said once, in <see cref="DiagnosticDescriptors"/>; the README's table is
/// compared with it by a test.
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
    public const string MissingSiteConfig = "GL0007";

    // Front matter and site.yml
    public const string MalformedYaml = "GL0101";
    public const string UnknownKey = "GL0102";
    public const string WrongType = "GL0103";
    public const string MissingField = "GL0104";
    public const string InvalidValue = "GL0105";
    public const string MissingFrontMatter = "GL0106";
    public const string InvalidRedirectFrom = "GL0107";
    public const string DuplicateCategorySlug = "GL0108";

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
    public const string UnknownRelationshipTerm = "GL0306";

    // Links
    public const string BrokenLink = "GL0401";
    public const string BrokenAnchor = "GL0402";
    public const string BrokenRenderedLink = "GL0403";
    public const string UnclosedWikiLink = "GL0404";
    public const string AmbiguousWikiLink = "GL0405";

    // Safety
    public const string UnsafeHtml = "GL0501";

    // Output
    public const string UnsafeOutputFolder = "GL0601";

    // Lints ('glossary check' only; warnings)
    public const string HardToRead = "GL0701";
    public const string StaleReview = "GL0702";
    public const string NoSources = "GL0703";
    public const string Orphan = "GL0704";
    public const string LongSummary = "GL0705";
    public const string UnfinishedTemplate = "GL0706";
    public const string WeakSources = "GL0707";
    public const string StaleTranslation = "GL0708";
    public const string OrphanTranslation = "GL0709";
}
