namespace Glossary.Content;

/// <summary>One file of the input folder, as read from disk (or built in memory by tests).</summary>
/// <param name="RelativePath">Path inside the input folder, forward slashes: <c>glossary/iop.md</c>.</param>
/// <param name="DisplayPath">Path printed in diagnostics: <c>input/glossary/iop.md</c>.</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, byte[] Bytes, DateOnly? CommitDate = null)
{
    public bool IsMarkdown => RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
