using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Output;

namespace Glossary.Cli.Serving;

/// <summary>What the preview server shows: the last good build's files, and the problems of the latest build if it failed.</summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, long Version)
{
    public static SiteSnapshot Empty { get; } = new(new Dictionary<string, byte[]>(), [], 0);

    public static SiteSnapshot From(IReadOnlyList<OutputFile> files, long version) =>
        new(files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal), [], version);

    /// <summary>The next version after an update: these files replaced or added, those removed, every other one as it was.</summary>
    public SiteSnapshot With(IEnumerable<OutputFile> changed, IEnumerable<string> removed, long version)
    {
        var files = new Dictionary<string, byte[]>(Files, StringComparer.Ordinal);
        foreach (var path in removed) files.Remove(path);
        foreach (var file in changed) files[file.Path] = file.Content;
        return new SiteSnapshot(files, [], version);
    }

    /// <summary>How the last rebuild went, for the console: "rebuilt 2 of 40 files in 31 ms", or a full build's count.</summary>
    public string Summary { get; init; } = "";

    public bool HasProblems => Problems.Any(p => p.IsError);

    /// <summary>The file for a request path, as a static host finds it ("/glossary/iop/" → "glossary/iop/index.html"), or null.</summary>
    public byte[]? Find(string path, out string? file)
    {
        file = SiteUrl.FindFile(Uri.UnescapeDataString(path), Files.ContainsKey);
        return file is null ? null : Files[file];
    }
}
