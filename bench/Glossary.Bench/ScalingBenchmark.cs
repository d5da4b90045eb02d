using System.Diagnostics;
using Glossary.Bench.Corpus;

namespace Glossary.Bench;

/// <summary>
/// The default mode: per size, generate a corpus under bench/corpus-N/ and build it in fresh processes ('build-once'),
/// compute-only and writing, then (unless --no-native) the native glossary, taking turns; one table row per size.
/// </summary>
public static class ScalingBenchmark
{
    private sealed record Measured(double BuildMs, double CommitMs, double WallMs, double PeakMb, int Pages);

    public static int Run(int[] sizes, bool withNative)
    {
        var benchRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
        var self = typeof(CorpusGenerator).Assembly.Location;
        // 'glossary build' compiled ahead of time, as the README publishes it (skipped with --no-native or without a C compiler).
        var native = !withNative ? null : NativeCli.Publish(Path.GetDirectoryName(benchRoot)!);
        // Per size, three fresh processes of each kind, best of three:
        // "compute" reads the input and builds and checks every page without writing it (output "-");
        // "build" also streams every file into a staging folder and swaps it in for the previous output, as 'glossary build'
        // does; "after render" is the part of it spent waiting for the last writes, the swap and deleting the old output.
        // This machine's disk is slow and erratic: the same 10,000 folders and files took 1.2 s to 8 s to write from Python
        // from one run to the next, so compare "compute" across changes and read "build" as what the disk allowed that day.
        // "process wall" adds the start of the .NET process and JIT compilation to "build".
        // "native build" is the whole 'glossary build' command, compiled ahead of time, from start to exit.
        Console.WriteLine($"{"entries",8} {"pages",7} {"compute ms",11} {"build ms",9} {"after render ms",16} {"process wall ms",16} {"peak MB",8} {"native build ms",16} {"native peak MB",15}");
        foreach (var n in sizes)
        {
            var corpus = Path.Combine(benchRoot, $"corpus-{n}");
            var input = Path.Combine(corpus, "input");
            CorpusGenerator.Generate(input, n);
            var compute = Enumerable.Range(0, 3).Select(_ => Run(self, input, "-")).ToList();
            // JIT and native builds take turns, so both meet the same disk: each build leaves writes for the disk to flush
            // and deletes the output before it, which slows whichever build comes next.
            var builds = new List<Measured>();
            var nativeBuilds = new List<(double WallMs, double PeakMb)>();
            for (var round = 0; round < 3; round++)
            {
                builds.Add(Run(self, input, Path.Combine(corpus, "output")));
                if (native is not null) nativeBuilds.Add(NativeCli.Build(native, input, Path.Combine(corpus, "output")));
            }
            var best = builds.MinBy(r => r.BuildMs)!;
            var nativeColumns = nativeBuilds.Count == 0 ? $"{"-",16} {"-",15}" : $"{nativeBuilds.Min(r => r.WallMs),16:F0} {nativeBuilds.Max(r => r.PeakMb),15:F0}";
            Console.WriteLine($"{n,8} {best.Pages,7} {compute.Min(r => r.BuildMs),11:F0} {best.BuildMs,9:F0} {best.CommitMs,16:F0} {best.WallMs,16:F0} "
                              + $"{compute.Concat(builds).Max(r => r.PeakMb),8:F0} {nativeColumns}");
        }
        return 0;
    }

    private static Measured Run(string self, string input, string output)
    {
        var wall = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var a in new[] { self, "build-once", input, output }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        wall.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"build of {input} failed");
        var parts = line.Split(' ');
        return new Measured(double.Parse(parts[0]), double.Parse(parts[1]), wall.Elapsed.TotalMilliseconds, double.Parse(parts[2]), int.Parse(parts[3]));
    }
}
