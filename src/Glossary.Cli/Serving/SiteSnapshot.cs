using System.Collections.Frozen;
using Glossary.Diagnostics;
using Glossary.Output;

namespace Glossary.Cli.Serving;

/// <summary>What the preview server shows: the last good build's files, and the problems of the latest build if it failed.</summary>
public sealed record SiteSnapshot(FrozenDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, long Version)
{
    public static SiteSnapshot From(IReadOnlyList<OutputFile> files, long version) =>
        new(files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal), [], version);

    public bool HasProblems => Problems.Any(p => p.IsError);

    /// <summary>The file for a request path: "/glossary/iop/" → "glossary/iop/index.html".</summary>
    public byte[]? Find(string path, out string file)
    {
        file = Uri.UnescapeDataString(path).TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (Files.TryGetValue(file, out var content)) return content;
        if (Files.TryGetValue(file + "/index.html", out content))
        {
            file += "/index.html";
            return content;
        }
        return null;
    }
}
