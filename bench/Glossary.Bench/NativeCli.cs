using System.Diagnostics;

namespace Glossary.Bench;

/// <summary>
/// 'glossary build' compiled ahead of time (native AOT), as the README's "A native glossary" publishes it: the
/// benchmark publishes it once into bench/native and times it as a user runs it, a fresh process per build.
/// </summary>
public static class NativeCli
{
    /// <summary>Publishes the CLI natively; null (with the reason on standard error) when this machine cannot, e.g. without a C compiler.</summary>
    public static string? Publish(string repositoryRoot)
    {
        var output = Path.Combine(repositoryRoot, "bench", "native");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", Path.Combine(repositoryRoot, "src", "Glossary.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var executable = Path.Combine(output, "Glossary.Cli");
        if (process.ExitCode == 0 && File.Exists(executable)) return executable;
        Console.Error.WriteLine($"native CLI not measured: 'dotnet publish -p:PublishAot=true' failed:\n{log.Result}{errors}");
        return null;
    }

    /// <summary>
    /// One 'glossary build' in a fresh native process: wall time and peak resident memory. The peak is the child's
    /// VmHWM (a high-water mark), read every 5 ms while it runs, so it misses at most what the last 5 ms added.
    /// </summary>
    public static (double WallMs, double PeakMb) Build(string executable, string input, string output)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "build", "--input", input, "--output", output }) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peakKb = 0L;
        while (!process.WaitForExit(5))
            peakKb = Math.Max(peakKb, PeakMemory.HighWaterKilobytes(process.Id.ToString()) ?? 0);
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"native build of {input} failed:\n{stdout.Result}{stderr.Result}");
        return (clock.Elapsed.TotalMilliseconds, peakKb / 1024.0);
    }
}
