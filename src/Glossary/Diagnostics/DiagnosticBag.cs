using System.Collections.Concurrent;

namespace Glossary.Diagnostics;

/// <summary>Thread-safe collector: modules run documents in parallel and report into one bag.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.File, at.Line, at.Column, Severity.Error, code, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.File, at.Line, at.Column, Severity.Warning, code, message, hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>All diagnostics in a stable order, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.Distinct().ToList();
        list.Sort(Diagnostic.Compare);
        return list;
    }
}
