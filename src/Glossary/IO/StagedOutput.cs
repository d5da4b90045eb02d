using System.Collections.Concurrent;
using Glossary.Output;

namespace Glossary.IO;

/// <summary>
/// Output edge for a streaming build: files are written into a staging folder beside the output folder while the
/// build goes on (folders are made as soon as the paths are known, files by two writer threads, so the disk works
/// while the cores render), and <see cref="Commit"/> swaps the folder in. Disposed without a commit (a failed build,
/// an exception), it deletes the staging folder and the output folder stays exactly as it was.
/// </summary>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private const int Writers = 2;

    /// <summary>How many rendered files may wait for the disk (about 10 MB of pages) before rendering waits too.</summary>
    private const int QueueCapacity = 1024;

    private readonly string _input;
    private readonly string _output;
    private readonly string _staging;
    private readonly BlockingCollection<OutputFile> _queue = new(QueueCapacity);
    private readonly TaskCompletionSource<IReadOnlyCollection<string>> _expected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _folders;
    private readonly Task[] _writers;
    private Exception? _failure;
    private bool _committed;

    public StagedOutput(string inputDirectory, string outputDirectory)
    {
        OutputWriter.Guard(inputDirectory, outputDirectory);
        _input = inputDirectory;
        _output = outputDirectory;
        _staging = OutputWriter.StagingFolderFor(outputDirectory);
        Directory.CreateDirectory(_staging);
        _folders = _expected.Task.ContinueWith(t => Record(() => MakeFolders(t.Result)), TaskScheduler.Default);
        _writers = [.. Enumerable.Range(0, Writers).Select(_ => Task.Factory.StartNew(WriteQueued, TaskCreationOptions.LongRunning))];
    }

    public void Expect(IReadOnlyCollection<string> paths) => _expected.TrySetResult([.. paths]);

    public void Add(OutputFile file) => _queue.Add(file);

    private void MakeFolders(IReadOnlyCollection<string> paths)
    {
        foreach (var folder in paths.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(Path.Combine(_staging, folder!));
    }

    private void WriteQueued()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            // After a failure keep taking files, so the build never blocks on a full queue; Commit reports it.
            if (_failure is not null) continue;
            Record(() =>
            {
                if (_expected.Task.IsCompleted) _folders.Wait();
                else Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_staging, file.Path))!);
                File.WriteAllBytes(Path.Combine(_staging, file.Path), file.Content);
            });
        }
    }

    private void Record(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failure ??= e;
        }
    }

    private void Finish()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _expected.TrySetResult([]);
        try
        {
            Task.WaitAll([.. _writers, _folders]);
        }
        catch (AggregateException e)
        {
            _failure ??= e.Flatten().InnerException;
        }
    }

    /// <summary>Waits for the last file, then puts the staging folder in the output folder's place.</summary>
    public void Commit()
    {
        Finish();
        if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        OutputWriter.Publish(_input, _output, _staging);
        _committed = true;
    }

    public void Dispose()
    {
        Finish();
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        _queue.Dispose();
    }
}
