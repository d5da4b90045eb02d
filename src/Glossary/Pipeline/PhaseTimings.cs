using System.Diagnostics;

namespace Glossary.Pipeline;

/// <summary>Records how long each pipeline phase takes.</summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];

    public T Time<T>(string phase, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> ToList() => [.. _phases];
}
