using System.Diagnostics;

namespace Glossary.Bench;

/// <summary>
/// Runs a command to completion and measures it as a user would: wall time from start to exit, and peak resident
/// memory of the whole process tree (the sum of each process's VmHWM, polled every 5 ms from /proc).
/// </summary>
public static class ProcessPeak
{
    public sealed record Run(double WallMs, double PeakMb, string Output, string Error);

    public static Run Measure(string executable, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peaks = new Dictionary<int, long>();
        while (!process.WaitForExit(5))
            foreach (var pid in Tree(process.Id))
                if (PeakMemory.HighWaterKilobytes(pid.ToString()) is { } kb) peaks[pid] = Math.Max(peaks.GetValueOrDefault(pid), kb);
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed:\n{stdout.Result}{stderr.Result}");
        return new Run(clock.Elapsed.TotalMilliseconds, peaks.Values.Sum() / 1024.0, stdout.Result, stderr.Result);
    }

    /// <summary>The process and its descendants, from /proc/PID/task/*/children.</summary>
    private static List<int> Tree(int root)
    {
        var found = new List<int> { root };
        for (var i = 0; i < found.Count; i++)
        {
            try
            {
                foreach (var task in Directory.EnumerateDirectories($"/proc/{found[i]}/task"))
                    foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        found.Add(int.Parse(child));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not Linux, or the process ended between two reads.
            }
        }
        return found;
    }
}
