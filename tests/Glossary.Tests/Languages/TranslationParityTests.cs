using System.Text;
using Glossary.Cli;
using Glossary.Cli.Commands;
using Glossary.Diagnostics;
using Glossary.Languages;
using Glossary.Lints;
using Glossary.Tests.Support;

namespace Glossary.Tests.Languages;

/// <summary>'glossary check' tells when a translation no longer says what its English twin says, or has no twin.</summary>
public sealed class TranslationParityTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static string EnglishHash(TestSite site, string path) =>
        SourceHash.Of(site.ToInput().Files.Single(f => f.RelativePath == path).Bytes);

    /// <summary>The Spanish fixture with its medical-necessity twin recording <paramref name="hash"/>.</summary>
    private static (TestSite Site, string Text) WithHash(Func<TestSite, string> hash)
    {
        var site = SpanishFixture.Create();
        var text = SpanishFixture.Entry("Necesidad médica", $"source_hash: {hash(site)}\nrelated: [prior-authorization]", "Vea [[Autorización previa]].");
        site.With("es/glossary/medical-necessity.md", text);
        return (site, text);
    }

    [Fact]
    public void A_translation_of_an_older_version_is_stale_at_its_source_hash_line_naming_both_files()
    {
        var (site, text) = WithHash(_ => "0123456789ab");
        var result = CheckCommand.Check(site.ToInput(), new(), Today);
        var stale = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StaleTranslation && d.File == "input/es/glossary/medical-necessity.md");
        Assert.Equal((FixtureText.LineOf(text, "source_hash"), Severity.Warning), (stale.Line, stale.Severity));
        var now = EnglishHash(site, "glossary/medical-necessity.md");
        Assert.Contains($"translates an older version of input/glossary/medical-necessity.md: source_hash is 0123456789ab, that file's is now {now}", stale.Message);
        Assert.Contains($"source_hash: {now}", stale.Hint);
    }

    [Fact]
    public void A_translation_of_the_current_version_is_not_stale()
    {
        var (site, _) = WithHash(s => EnglishHash(s, "glossary/medical-necessity.md"));
        var result = CheckCommand.Check(site.ToInput(), new(), Today);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.StaleTranslation && d.File == "input/es/glossary/medical-necessity.md");
        // The same hash with CRLF line ends in the English file: still current.
        var crlf = Encoding.UTF8.GetString(site.ToInput().Files.Single(f => f.RelativePath == "glossary/medical-necessity.md").Bytes).Replace("\n", "\r\n", StringComparison.Ordinal);
        site.With("glossary/medical-necessity.md", crlf);
        Assert.DoesNotContain(CheckCommand.Check(site.ToInput(), new(), Today).Diagnostics,
            d => d.Code == DiagnosticCodes.StaleTranslation && d.File == "input/es/glossary/medical-necessity.md");
    }

    [Fact]
    public void A_translation_with_no_English_twin_is_an_orphan()
    {
        var site = SpanishFixture.Create().With("es/glossary/copago.md", SpanishFixture.Entry("Copago", "", "Un pago."));
        var orphan = Assert.Single(CheckCommand.Check(site.ToInput(), new(), Today).Diagnostics, d => d.Code == DiagnosticCodes.OrphanTranslation);
        DiagnosticAssert.At(orphan, "input/es/glossary/copago.md", 1, "translates input/glossary/copago.md, which does not exist");
    }

    [Fact]
    public void An_orphan_names_the_missing_twin_in_the_input_folder_the_editor_gave()
    {
        var site = SpanishFixture.Create().With("es/glossary/copago.md", SpanishFixture.Entry("Copago", "", "Un pago."));
        var orphan = Assert.Single(CheckCommand.Check(site.ToInput("/work/content"), new(), Today).Diagnostics, d => d.Code == DiagnosticCodes.OrphanTranslation);
        DiagnosticAssert.At(orphan, "/work/content/es/glossary/copago.md", 1, "translates /work/content/glossary/copago.md, which does not exist");
    }

    [Fact]
    public void The_parity_report_counts_current_stale_and_missing_twins()
    {
        var (site, _) = WithHash(s => EnglishHash(s, "glossary/medical-necessity.md"));
        var parity = new TranslationParity();
        CheckCommand.Check(site.ToInput(), new(), Today, parity);
        // English: 4 entries, 2 guides, 1 page. Spanish: medical-necessity current; prior-authorization, appeals and
        // about have no source_hash (stale); external-review, iop and the report have no twin.
        var line = Assert.Single(parity.Report);
        Assert.Equal((1, 3, 3, 7), (line.Current, line.Stale, line.Missing, line.Total));
        Assert.Equal("Español (es): of 7 English pages, 1 have a current translation, 3 a stale one, 3 none", line.ToString());
    }

    [Fact]
    public void Check_in_github_format_annotates_the_stale_translation_and_reports_parity()
    {
        var (site, text) = WithHash(_ => "0123456789ab");
        using var temp = new TempFolder();
        var input = temp.WriteInput(site);
        var output = new StringWriter();
        GlossaryCommand.Invoke(["check", "--input", input, "--today", "2026-11-22", "--format", "github"], output, new StringWriter());
        var annotation = output.ToString().Split('\n').Single(l => l.Contains("es/glossary/medical-necessity.md", StringComparison.Ordinal) && l.Contains("GL0708", StringComparison.Ordinal));
        Assert.StartsWith("::warning file=", annotation, StringComparison.Ordinal);
        Assert.Contains($"es/glossary/medical-necessity.md,line={FixtureText.LineOf(text, "source_hash")},", annotation, StringComparison.Ordinal);
        Assert.Contains("glossary/medical-necessity.md: source_hash is 0123456789ab", annotation, StringComparison.Ordinal);
        Assert.Contains("::notice title=translations::Español (es): of 7 English pages", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_translate_starts_a_twin_that_is_current_and_marks_it_current_again_after_the_original_changes()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(SpanishFixture.Create());
        var english = Path.Combine(input, "glossary", "external-review.md");
        var spanish = Path.Combine(input, "es", "glossary", "external-review.md");
        Assert.Equal(0, GlossaryCommand.Invoke(["new", "--translate", "es", "external-review", "--input", input], new StringWriter(), new StringWriter()));
        var written = File.ReadAllText(spanish);
        Assert.Contains("title: External Review", written, StringComparison.Ordinal);
        Assert.Contains($"source_hash: {SourceHash.Of(File.ReadAllBytes(english))}\n---\n", written, StringComparison.Ordinal);
        Assert.DoesNotContain(Stale(input), d => d.File.EndsWith("es/glossary/external-review.md", StringComparison.Ordinal));

        File.AppendAllText(english, "\nA new paragraph.\n");
        Assert.Contains(Stale(input), d => d.File.EndsWith("es/glossary/external-review.md", StringComparison.Ordinal));
        Assert.Equal(0, GlossaryCommand.Invoke(["new", "--translate", "es", "external-review", "--input", input], new StringWriter(), new StringWriter()));
        Assert.Contains($"source_hash: {SourceHash.Of(File.ReadAllBytes(english))}\n", File.ReadAllText(spanish), StringComparison.Ordinal);
        Assert.DoesNotContain(Stale(input), d => d.File.EndsWith("es/glossary/external-review.md", StringComparison.Ordinal));
    }

    private static List<Diagnostic> Stale(string input) =>
        [.. CheckCommand.Check(Glossary.IO.InputReader.Read(input, useGitDates: false), new(), Today).Diagnostics.Where(d => d.Code == DiagnosticCodes.StaleTranslation)];
}
