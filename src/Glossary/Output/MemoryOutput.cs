using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Glossary.Output;

/// <summary>A sink that keeps every file in memory (tests, 'serve'): a build into it also keeps what it knew, for <see cref="Pipeline.SitePipeline.Update"/>.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public void Expect(IReadOnlyCollection<string> paths)
    {
    }

    public void Add(OutputFile file) => _files.Enqueue(file);

    /// <summary>Every file added, sorted by path.</summary>
    public ImmutableArray<OutputFile> Sorted() => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
