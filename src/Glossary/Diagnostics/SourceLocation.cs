namespace Glossary.Diagnostics;

/// <summary>A place in an input file: 1-based line and column (0 = whole file / unknown).</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public static SourceLocation WholeFile(string file) => new(file);
}
