using System.Diagnostics;
using Glossary.Diagnostics;
using Glossary.Output;

namespace Glossary.Pipeline;

/// <summary>
/// The plumbing of one build or update, so that <see cref="SitePipeline"/> lists only its phases: each runs under its
/// name (the class's name, which is also its folder under Phases/ and its key in the timings) with a diagnostics bag
/// of its own, and this keeps what it reported and how long it took.
/// </summary>
public sealed class PhaseRun(PhaseDiagnostics diagnostics)
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _timings = [];

    public PhaseDiagnostics Diagnostics { get; private set; } = diagnostics;

    public bool HasErrors => Diagnostics.HasErrors;

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Timings => _timings;

    /// <summary>Runs a phase over the whole site: what it reports replaces anything it reported before.</summary>
    public T Phase<T>(string name, Func<DiagnosticBag, T> work) => Phase(name, files: null, work);

    public void Phase(string name, Action<DiagnosticBag> work) => Phase(name, files: null, work);

    public void Phase(string name, IReadOnlyCollection<string>? files, Action<DiagnosticBag> work) => Phase(name, files, bag =>
    {
        work(bag);
        return true;
    });

    /// <summary>
    /// Runs a phase again for <paramref name="files"/> (an update): what it reports replaces what it reported about
    /// them before; what it said about other files stands.
    /// </summary>
    public T Phase<T>(string name, IReadOnlyCollection<string>? files, Func<DiagnosticBag, T> work)
    {
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var result = work(bag);
        _timings.Add((name, clock.Elapsed));
        Diagnostics = Diagnostics.With(name, files, bag.ToSortedList());
        return result;
    }

    /// <summary>The result of a build stopped by errors: its diagnostics and no files.</summary>
    public BuildResult Failed(BuildOptions options) => new(Diagnostics.All, [], options.Strict) { Timings = Timings };

    /// <summary>The result of a build that went through every phase (it fails still when warnings count under --strict).</summary>
    public BuildResult Succeeded(BuildOptions options, IReadOnlyList<string> paths, IReadOnlyList<OutputFile> files, SiteBuild? state) =>
        new(Diagnostics.All, files, options.Strict) { Timings = Timings, State = state, Paths = paths };
}
