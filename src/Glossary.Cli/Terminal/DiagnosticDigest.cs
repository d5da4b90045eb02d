using System.Globalization;
using Glossary.Diagnostics;

namespace Glossary.Cli.Terminal;

/// <summary>One code's diagnostics as a person reads them: the first few in full, then how many more.</summary>
public sealed record DiagnosticGroup(string Code, bool IsError, IReadOnlyList<Diagnostic> Shown, int More)
{
    /// <summary>"… and 29,990 more GL0305 warnings", numbers written the same on every machine.</summary>
    public string MoreLine =>
        $"… and {More.ToString("N0", CultureInfo.InvariantCulture)} more {Code} {(IsError ? "error" : "warning")}{(More == 1 ? "" : "s")}";
}

/// <summary>
/// Nobody reads 30,000 lines: on a terminal and in CI logs, diagnostics are grouped by code (errors first), each
/// code shows its first <see cref="PerCode"/> in their usual order, then a count. One pass over the list, so a
/// digest of any size costs next to nothing; <c>check --format json</c> keeps every one.
/// </summary>
public static class DiagnosticDigest
{
    public const int PerCode = 5;

    public static IReadOnlyList<DiagnosticGroup> Group(IEnumerable<Diagnostic> diagnostics, int perCode = PerCode)
    {
        var groups = new Dictionary<(bool IsError, string Code), (List<Diagnostic> Shown, int More)>();
        foreach (var d in diagnostics)
        {
            var key = (d.IsError, d.Code);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = ([], 0);
            if (group.Shown.Count < perCode) group.Shown.Add(d);
            else groups[key] = group with { More = group.More + 1 };
        }
        return
        [
            .. groups.OrderByDescending(g => g.Key.IsError).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
                .Select(g => new DiagnosticGroup(g.Key.Code, g.Key.IsError, g.Value.Shown, g.Value.More)),
        ];
    }
}
