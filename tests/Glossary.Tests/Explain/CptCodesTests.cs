using Glossary.Diagnostics;
using Glossary.Explain;
using Glossary.Tests.Support;

namespace Glossary.Tests.Explain;

/// <summary>data/cpt-codes.yml: the real file is clean and has the psychotherapy codes; each kind of bad row is a diagnostic at its line.</summary>
public sealed class CptCodesTests
{
    private const string Path = "input/data/cpt-codes.yml";

    private static (IReadOnlyList<CptCode> Codes, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var codes = CptCodesReader.Read(yaml, Path, diagnostics);
        return (codes, diagnostics.ToSortedList());
    }

    [Fact]
    public void The_real_file_is_clean_and_has_the_psychotherapy_codes()
    {
        var (codes, diagnostics) = Read(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Input, "data", CptCodesReader.FileName)));
        Assert.Empty(diagnostics);
        Assert.Superset(new HashSet<string> { "90791", "90832", "90834", "90837", "90846", "90847", "90853" }, codes.Select(c => c.Code).ToHashSet());
        Assert.All(codes, c => Assert.InRange(c.Meaning.Length, 10, CptCodesReader.MaxMeaningLength));
    }

    public static TheoryData<string, string, int, string> BadRows() => new()
    {
        { "codes:\n  - code: \"90837\"\n", DiagnosticCodes.MissingField, 2, "missing required field 'meaning'" },
        { "codes:\n  - code: \"9083\"\n    meaning: Therapy.\n", DiagnosticCodes.InvalidValue, 2, "'9083' is not a CPT code" },
        { "codes:\n  - code: \"90837X\"\n    meaning: Therapy.\n", DiagnosticCodes.InvalidValue, 2, "'90837X' is not a CPT code" },
        { "codes:\n  - code: \"90837\"\n    meaning: One.\n  - code: \"90837\"\n    meaning: Two.\n", DiagnosticCodes.InvalidValue, 4, "'90837' is listed twice; the first is on line 2" },
        { "codes:\n  - code: \"90837\"\n    meaning: Therapy.\n    meening: An hour.\n", DiagnosticCodes.UnknownKey, 4, "unknown key 'meening' in an item of 'codes' — did you mean 'meaning'" },
        { "codes:\n  - code: \"90837\"\n    meaning: |\n      Therapy\n      of an hour.\n", DiagnosticCodes.InvalidValue, 3, "more than one line" },
        { $"codes:\n  - code: \"90837\"\n    meaning: {new string('x', 201)}\n", DiagnosticCodes.InvalidValue, 3, "201 characters long" },
        { "codes:\n  - \"90837\"\n", DiagnosticCodes.WrongType, 2, "must have named fields" },
        { "codes: 90837\n", DiagnosticCodes.WrongType, 1, "'codes' must be a list" },
        { "code:\n  - code: \"90837\"\n", DiagnosticCodes.UnknownKey, 1, "did you mean 'codes'" },
        { "codes:\n  - code: \"90837\n", DiagnosticCodes.MalformedYaml, 2, "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_a_diagnostic_at_its_line_with_a_hint(string yaml, string code, int line, string message)
    {
        var (_, diagnostics) = Read(yaml);
        var found = Assert.Single(diagnostics);
        Assert.Equal((Path, code, line), (found.File, found.Code, found.Line));
        Assert.Contains(message, found.Message);
        Assert.False(string.IsNullOrWhiteSpace(found.Hint));
    }

    [Fact]
    public void The_good_rows_around_a_bad_one_are_kept()
    {
        var (codes, diagnostics) = Read("codes:\n  - code: \"90832\"\n    meaning: Half an hour.\n  - code: \"nine\"\n    meaning: Bad.\n  - code: \"3085F\"\n    meaning: A measure.\n");
        Assert.Single(diagnostics);
        Assert.Equal(["90832", "3085F"], codes.Select(c => c.Code));
    }

    [Fact]
    public void A_build_reports_a_bad_row_with_the_file_and_line_and_fails()
    {
        var result = new TestSite().With("data/cpt-codes.yml", "# Codes.\ncodes:\n  - code: \"90837\"\n    meaning: An hour.\n  - code: \"123\"\n    meaning: Bad.\n").Build();
        Assert.False(result.Succeeded);
        var found = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/data/cpt-codes.yml", 5, DiagnosticCodes.InvalidValue), (found.File, found.Line, found.Code));
        Assert.Equal("input/data/cpt-codes.yml:5:11: error GL0105: '123' is not a CPT code", found.ToString().Split('\n')[0]);
    }
}
