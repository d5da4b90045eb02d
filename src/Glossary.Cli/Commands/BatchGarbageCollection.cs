using System.Runtime;

namespace Glossary.Cli.Commands;

/// <summary>
/// For one-shot work ('build', 'check'): the garbage collector does its full collections while the program waits
/// instead of on a background thread. A build keeps both cores busy, so a background collection only competes with
/// it; 'serve' keeps the default, where shorter pauses matter more than throughput.
/// </summary>
public sealed class BatchGarbageCollection : IDisposable
{
    private readonly GCLatencyMode _previous = GCSettings.LatencyMode;

    private BatchGarbageCollection() => GCSettings.LatencyMode = GCLatencyMode.Batch;

    public static BatchGarbageCollection Enter() => new();

    public void Dispose() => GCSettings.LatencyMode = _previous;
}
