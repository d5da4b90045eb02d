using Glossary.Content;
using Glossary.Linking;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>
/// The term matcher, text in, text out, one case a line: the first mention of a term in the text is shown as
/// [words](slug). Whole words only; titles and ordinary aliases in any case, abbreviations only as written; the
/// longest name at a position wins; the words of a name are separated by white space alone.
/// </summary>
public sealed class TermMatcherSpecTests
{
    private static readonly IReadOnlyList<ContentDocument> Entries = ParsedEntries.Of(
        ("iop", "Intensive Outpatient Program", "aliases: [IOP]"),
        ("medical-necessity", "Medical Necessity", "aliases: [medically necessary]"),
        ("appeal", "Appeal", ""),
        ("internal-appeal", "Internal Appeal", ""),
        ("diagnosis-code", "Diagnosis Code", "aliases: [ICD-10-CM]"),
        ("insurer", "Insurer", ""),
        ("copay", "Copay", "autolink: false"));

    private static readonly TermMatcher Matcher = new(Entries);

    [Theory]
    [InlineData("Ask about IOP today.", "Ask about [IOP](iop) today.")]
    [InlineData("Ask about iop today.", "Ask about iop today.")]
    [InlineData("An intensive outpatient program meets often.", "An [intensive outpatient program](iop) meets often.")]
    [InlineData("INTENSIVE OUTPATIENT PROGRAM", "[INTENSIVE OUTPATIENT PROGRAM](iop)")]
    [InlineData("It is medically necessary.", "It is [medically necessary](medical-necessity).")]
    [InlineData("File an internal appeal first.", "File an [internal appeal](internal-appeal) first.")]
    [InlineData("Appeal the internal decision.", "[Appeal](appeal) the internal decision.")]
    [InlineData("Two appeals are allowed.", "Two appeals are allowed.")]
    [InlineData("Medical\nNecessity decides it.", "[Medical\nNecessity](medical-necessity) decides it.")]
    [InlineData("Medical, necessity and more.", "Medical, necessity and more.")]
    [InlineData("Code it as ICD-10-CM F33.1.", "Code it as [ICD-10-CM](diagnosis-code) F33.1.")]
    [InlineData("The insurer's letter.", "The insurer's letter.")]
    [InlineData("The Insurer said no.", "The [Insurer](insurer) said no.")]
    [InlineData("Your copay is due.", "Your copay is due.")]
    [InlineData("Nothing to link here.", "Nothing to link here.")]
    [InlineData("Médical necessity", "Médical necessity")]
    public void Text_in_first_mention_out(string text, string expected) =>
        Assert.Equal(expected, Marked(text, skip: []));

    [Theory]
    [InlineData("An appeal, then an internal appeal.", "appeal", "An appeal, then an [internal appeal](internal-appeal).")]
    [InlineData("An internal appeal, then an appeal.", "internal-appeal", "An internal appeal, then an [appeal](appeal).")]
    public void A_skipped_term_is_passed_over_whole(string text, string skip, string expected) =>
        Assert.Equal(expected, Marked(text, skip: [Entries.Single(e => e.Slug == skip)]));

    private static string Marked(string text, HashSet<ContentDocument> skip) =>
        Matcher.First(text, skip) is { } match
            ? $"{text[..match.Start]}[{text.Substring(match.Start, match.Length)}]({match.Entry.Slug}){text[(match.Start + match.Length)..]}"
            : text;
}
