using System.Collections.Concurrent;

namespace Glossary.Diagnostics;

/// <summary>
/// Thread-safe collector: modules run documents in parallel and report into one bag. A code is reported only with the
/// severity of its descriptor, and without a hint of its own gets the descriptor's.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.For(diagnostic.Code);
        if (diagnostic.Severity != descriptor.Severity)
            throw new ArgumentException(
                $"{diagnostic.Code} is reported as {Name(descriptor.Severity)}, not as {Name(diagnostic.Severity)} (see DiagnosticDescriptors)",
                nameof(diagnostic));
        _items.Enqueue(diagnostic);
    }

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.File, at.Line, at.Column, Severity.Error, code, message, hint ?? DiagnosticDescriptors.For(code).Hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.File, at.Line, at.Column, Severity.Warning, code, message, hint ?? DiagnosticDescriptors.For(code).Hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>All diagnostics in a stable order, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.Distinct().ToList();
        list.Sort(Diagnostic.Compare);
        return list;
    }

    private static string Name(Severity severity) => severity == Severity.Error ? "an error" : "a warning";
}
