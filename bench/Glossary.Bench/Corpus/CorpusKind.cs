namespace Glossary.Bench.Corpus;

/// <summary>The two shapes of generated corpus the benchmark measures.</summary>
public enum CorpusKind
{
    /// <summary>Titles such as "Term 00042 plan" that never occur in other entries' text: about three links a page.</summary>
    Sparse,

    /// <summary>
    /// Titles are everyday phrases of the body's own vocabulary ("Claim Denial", "Appeal Deadline Letter") and the text
    /// keeps using them, as a real glossary's does: auto-linking finds 80 or more entry links on each page.
    /// </summary>
    Dense,
}
