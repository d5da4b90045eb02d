using Glossary.Diagnostics;
using Glossary.Output;

namespace Glossary.Pipeline;

/// <summary>
/// The outcome of a build: diagnostics in a stable order and, when it succeeded, the files to write (or, for a build
/// that streamed them to a sink, their paths only).
/// </summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, bool Strict)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>True when the output may be written: no errors, and no warnings under --strict.</summary>
    public bool Succeeded => ErrorCount == 0 && (!Strict || WarningCount == 0);

    /// <summary>How long each phase took (reported by the benchmark).</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Timings { get; init; } = [];

    /// <summary>What this build knows, for rebuilding after an edit ('serve'); null when the build failed.</summary>
    public SiteBuild? State { get; init; }

    /// <summary>For an update after an edit: the output paths whose bytes changed (a full build leaves it empty).</summary>
    public IReadOnlyList<string> ChangedPaths { get; init; } = [];

    /// <summary>For an update after an edit: output paths that are no longer part of the site (an emptied search shard).</summary>
    public IReadOnlyList<string> RemovedPaths { get; init; } = [];

    /// <summary>Every output path, sorted (also when the files went to a sink rather than into <see cref="Files"/>).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public int PageCount => Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
}
