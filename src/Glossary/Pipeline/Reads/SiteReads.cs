using System.Collections.Immutable;

namespace Glossary.Pipeline;

/// <summary>
/// What every output of a build read (<see cref="ReadLog"/>), and the same inverted: for each <see cref="Read"/>, the
/// outputs that made it. Immutable: an update replaces the reads of the outputs it made again.
/// </summary>
public sealed class SiteReads
{
    public static SiteReads None { get; } = new(ImmutableDictionary<string, ImmutableArray<Read>>.Empty, ImmutableDictionary<Read, ImmutableArray<string>>.Empty);

    private readonly ImmutableDictionary<string, ImmutableArray<Read>> _byOutput;
    private readonly ImmutableDictionary<Read, ImmutableArray<string>> _readers;

    private SiteReads(ImmutableDictionary<string, ImmutableArray<Read>> byOutput, ImmutableDictionary<Read, ImmutableArray<string>> readers)
    {
        _byOutput = byOutput;
        _readers = readers;
    }

    public static SiteReads From(IReadOnlyDictionary<string, ImmutableArray<Read>> byOutput)
    {
        var readers = new Dictionary<Read, List<string>>();
        foreach (var (output, reads) in byOutput)
            foreach (var read in reads)
            {
                if (!readers.TryGetValue(read, out var list)) readers[read] = list = [];
                list.Add(output);
            }
        return new SiteReads(byOutput.ToImmutableDictionary(StringComparer.Ordinal),
            readers.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()));
    }

    /// <summary>The outputs that made <paramref name="read"/>, by site path.</summary>
    public ImmutableArray<string> ReadersOf(Read read) => _readers.TryGetValue(read, out var outputs) ? outputs : [];

    private static ImmutableArray<string> ReadersIn(ImmutableDictionary<Read, ImmutableArray<string>>.Builder readers, Read read) =>
        readers.TryGetValue(read, out var outputs) ? outputs : [];

    /// <summary>With the reads of the outputs made again replaced (unchanged ones, the usual case, cost nothing).</summary>
    public SiteReads With(IReadOnlyDictionary<string, ImmutableArray<Read>> remade)
    {
        var byOutput = _byOutput.ToBuilder();
        var readers = _readers.ToBuilder();
        foreach (var (output, reads) in remade)
        {
            var before = _byOutput.TryGetValue(output, out var made) ? made : [];
            if (before.SequenceEqual(reads)) continue;
            byOutput[output] = reads;
            foreach (var read in before.Except(reads)) readers[read] = ReadersIn(readers, read).Remove(output);
            foreach (var read in reads.Except(before)) readers[read] = ReadersIn(readers, read).Add(output);
        }
        return new SiteReads(byOutput.ToImmutable(), readers.ToImmutable());
    }
}
