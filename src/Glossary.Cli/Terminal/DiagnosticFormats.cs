using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Glossary.Diagnostics;

namespace Glossary.Cli.Terminal;

/// <summary>Machine formats for 'glossary check': GitHub workflow annotations and JSON.</summary>
public static class DiagnosticFormats
{
    /// <summary>GitHub shows at most this many error annotations, and as many warning annotations, per step.</summary>
    public const int AnnotationsPerKind = 10;

    /// <summary>
    /// Every diagnostic, in order: the first <see cref="AnnotationsPerKind"/> errors and warnings as workflow
    /// annotations (<c>::error file=…,line=…,col=…,title=…::message</c>), so they show on the pull request's diff; the
    /// rest, which GitHub would drop, as plain compiler-style log lines, and one notice that counts them.
    /// </summary>
    public static string GitHub(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new System.Text.StringBuilder();
        int errors = 0, warnings = 0, plain = 0;
        foreach (var d in diagnostics)
        {
            var annotated = d.IsError ? ++errors <= AnnotationsPerKind : ++warnings <= AnnotationsPerKind;
            if (annotated) text.Append(Annotation(d));
            else
            {
                text.Append(d).Append('\n');
                plain++;
            }
        }
        if (plain > 0)
            text.Append("::notice title=glossary::").Append(plain.ToString("N0", CultureInfo.InvariantCulture))
                .Append(CultureInfo.InvariantCulture, $" more problems are in the log as plain lines: GitHub shows {AnnotationsPerKind} errors and {AnnotationsPerKind} warnings per step\n");
        return text.ToString();
    }

    private static string Annotation(Diagnostic d)
    {
        var properties = new List<string> { $"file={Escape(d.File, property: true)}" };
        if (d.Line > 0) properties.Add($"line={d.Line}");
        if (d.Column > 0) properties.Add($"col={d.Column}");
        properties.Add($"title={Escape(d.Code, property: true)}");
        var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
        return $"::{(d.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Escape(message, property: false)}\n";
    }

    public static string Json(IEnumerable<Diagnostic> diagnostics, bool succeeded)
    {
        // Built as a JSON tree rather than serialized from anonymous types: reflection-free, so it also works compiled ahead of time.
        var payload = new JsonObject
        {
            ["succeeded"] = succeeded,
            ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["file"] = d.File, ["line"] = d.Line, ["column"] = d.Column, ["severity"] = d.IsError ? "error" : "warning",
                ["code"] = d.Code, ["message"] = d.Message, ["hint"] = d.Hint,
            })]),
        };
        return payload.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    // GitHub's workflow-command escaping: %, CR and LF everywhere; also ':' and ',' in properties.
    private static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
