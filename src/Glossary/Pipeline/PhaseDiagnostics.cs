using System.Collections.Immutable;
using Glossary.Diagnostics;

namespace Glossary.Pipeline;

/// <summary>
/// What each phase reported, kept apart by phase: an update runs a few phases again for a few files, and replaces what
/// those phases said about those files while the other phases' findings stand.
/// </summary>
public sealed class PhaseDiagnostics
{
    public static PhaseDiagnostics None { get; } = new(ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty);

    private readonly ImmutableDictionary<string, ImmutableArray<Diagnostic>> _byPhase;

    private readonly Lazy<IReadOnlyList<Diagnostic>> _all;

    private PhaseDiagnostics(ImmutableDictionary<string, ImmutableArray<Diagnostic>> byPhase)
    {
        _byPhase = byPhase;
        _all = new(() => [.. byPhase.Values.SelectMany(d => d).Distinct().Order(Comparer<Diagnostic>.Create(Diagnostic.Compare))]);
    }

    /// <summary>Every diagnostic in a stable order, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> All => _all.Value;

    public bool HasErrors => _byPhase.Values.Any(phase => phase.Any(d => d.IsError));

    /// <summary>
    /// With <paramref name="phase"/>'s diagnostics about <paramref name="files"/> replaced by <paramref name="fresh"/>
    /// (about every file when <paramref name="files"/> is null: the phase ran for the whole site).
    /// </summary>
    public PhaseDiagnostics With(string phase, IReadOnlyCollection<string>? files, IReadOnlyList<Diagnostic> fresh)
    {
        var before = _byPhase.GetValueOrDefault(phase, []);
        bool Replaced(Diagnostic d) => files is null || files.Contains(d.File);
        // Each phase's list is kept sorted, so an update that finds what was found before (the usual case) changes nothing.
        if (_byPhase.ContainsKey(phase) && before.Where(Replaced).SequenceEqual(fresh)) return this;
        var after = before.Where(d => !Replaced(d)).Concat(fresh).ToList();
        after.Sort(Diagnostic.Compare);
        return new PhaseDiagnostics(_byPhase.SetItem(phase, [.. after]));
    }
}
