using System.Text.Json;
using System.Text.Json.Nodes;
using Glossary.Diagnostics;

namespace Glossary.Cli.Terminal;

/// <summary>Machine formats for 'glossary check': GitHub workflow annotations and JSON.</summary>
public static class DiagnosticFormats
{
    /// <summary>One <c>::error file=…,line=…,col=…,title=…::message</c> line per diagnostic, so problems show on the pull request's diff.</summary>
    public static string GitHub(IEnumerable<Diagnostic> diagnostics) => string.Concat(diagnostics.Select(d =>
    {
        var properties = new List<string> { $"file={Escape(d.File, property: true)}" };
        if (d.Line > 0) properties.Add($"line={d.Line}");
        if (d.Column > 0) properties.Add($"col={d.Column}");
        properties.Add($"title={Escape(d.Code, property: true)}");
        var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
        return $"::{(d.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Escape(message, property: false)}\n";
    }));

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
