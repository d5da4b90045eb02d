using System.Diagnostics;
using Glossary.Cli.Commands;
using Glossary.IO;
using Glossary.Output;
using Glossary.Pipeline;

namespace Glossary.Bench;

/// <summary>
/// One measured build in this process ('build-once'): what 'glossary build' does, read, build while streaming files
/// into a staging folder, then swap it in. Phase timings go to standard error; one line "wall commit peakMB pages"
/// goes to standard output for the process that started it.
/// </summary>
public static class BuildOnce
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        using var batch = BatchGarbageCollection.Enter();
        var siteInput = InputReader.Read(input, useGitDates: false);
        var readMs = clock.Elapsed.TotalMilliseconds;
        // OUTPUT "-" builds and checks every page without writing (what the machine's cores do, apart from its disk).
        using var staged = output == "-" ? null : new StagedOutput(input, output);
        var result = BuildRunner.CreatePipeline(outputCheck: OutputCheck.Fast).Build(siteInput, new BuildOptions(), staged ?? (IOutputSink)NullOutput.Instance);
        if (!result.Succeeded)
        {
            foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
            return 1;
        }
        var beforeCommit = clock.Elapsed.TotalMilliseconds;
        staged?.Commit();
        clock.Stop();
        var commitMs = clock.Elapsed.TotalMilliseconds - beforeCommit;
        Console.Error.WriteLine($"  read {readMs:F0} ms, " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F0} ms"))
                                + $", finish writing and swap {commitMs:F0} ms; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; "
                                + $"CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"{clock.Elapsed.TotalMilliseconds:F0} {commitMs:F0} {PeakMemory.MegabytesOfThisProcess():F0} {result.PageCount}");
        return 0;
    }
}
