namespace Glossary.Bench;

public static class PeakMemory
{
    /// <summary>Peak resident set size of this process (VmHWM on Linux), in MB.</summary>
    public static double MegabytesOfThisProcess()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
                return kb / 1024.0;
        }
        return Environment.WorkingSet / (1024.0 * 1024.0);
    }
}
