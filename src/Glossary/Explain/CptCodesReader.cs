using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Glossary.Diagnostics;
using Glossary.Yaml;

namespace Glossary.Explain;

/// <summary>
/// Reads data/cpt-codes.yml: a list under 'codes:', each a 'code' (five digits, or four and F or T) and a one-line
/// 'meaning'. A bad row is a diagnostic at its line; the good rows are kept.
/// </summary>
public static partial class CptCodesReader
{
    public const string FileName = "cpt-codes.yml";
    public const int MaxMeaningLength = 200;

    private static readonly string[] Keys = ["codes"];
    private static readonly string[] RowKeys = ["code", "meaning"];
    private const string Example = "write each code as '  - code: \"90837\"' with a 'meaning: …' line under it";

    public static ImmutableArray<CptCode> Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.LoadMapping(yaml, displayPath, 0, diagnostics, FileName) is not { } map) return [];
        var fields = new YamlFields(map, displayPath, 0, diagnostics, Keys, FileName);
        var rows = fields.Objects("codes", RowKeys, ReadRow, Example);
        var codes = ImmutableArray.CreateBuilder<CptCode>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (firstLine.TryGetValue(row.Value.Code, out var line))
            {
                diagnostics.Error(row.Span, DiagnosticCodes.InvalidValue, $"code '{row.Value.Code}' is listed twice; the first is on line {line}",
                    "keep one row per code: merge the two meanings, or delete this row");
                continue;
            }
            firstLine[row.Value.Code] = row.Span.Line;
            codes.Add(row.Value);
        }
        return codes.ToImmutable();
    }

    private static Located<CptCode>? ReadRow(YamlFields row)
    {
        var code = row.String("code", required: true, "add 'code: \"90837\"': the five-character code as the letter prints it");
        var meaning = row.String("meaning", required: true, "add 'meaning: …': one plain line on what the code bills for");
        if (code is not null && !CodePattern().IsMatch(code))
        {
            row.Diagnostics.Error(row.SpanOfValue("code"), DiagnosticCodes.InvalidValue, $"'{code}' is not a CPT code",
                "a CPT code is five digits (90837), or four digits and then F or T (3085F, 0591T)");
            code = null;
        }
        if (meaning is not null && (meaning.Contains('\n') || meaning.Length > MaxMeaningLength))
        {
            row.Diagnostics.Error(row.SpanOfValue("meaning"), DiagnosticCodes.InvalidValue,
                $"the meaning of '{code}' is {(meaning.Contains('\n') ? "more than one line" : $"{meaning.Length} characters long")}",
                $"keep it to one plain line of at most {MaxMeaningLength} characters; the code's glossary entry can say more");
            meaning = null;
        }
        return code is null || meaning is null ? null : new Located<CptCode>(new CptCode(code, meaning), row.Start);
    }

    [GeneratedRegex("^[0-9]{4}[0-9FT]$")]
    private static partial Regex CodePattern();
}
