namespace Glossary.Diagnostics;

/// <summary>One problem found in the input, reported like a compiler message.</summary>
/// <param name="File">Path as the editor knows it, relative to the working directory when possible (forward slashes).</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public sealed record Diagnostic(
    string File,
    int Line,
    int Column,
    Severity Severity,
    string Code,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public string Location => Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;

    /// <summary>The compiler-style line: <c>input/glossary/iop.md:4:3: error GL0102: message</c>.</summary>
    public string Headline => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";

    public override string ToString() => Hint is null ? Headline : $"{Headline}\n  hint: {Hint}";

    /// <summary>Stable order: file, line, column, code, message.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
