namespace Glossary.Bench;

public static class PeakMemory
{
    /// <summary>Peak resident set size of this process (VmHWM on Linux), in MB.</summary>
    public static double MegabytesOfThisProcess() =>
        HighWaterKilobytes("self") is { } kb ? kb / 1024.0 : Environment.WorkingSet / (1024.0 * 1024.0);

    /// <summary>Peak resident set size so far (VmHWM) of process <paramref name="pid"/> ("self" for this one), in KB; null when unknown or ended.</summary>
    public static long? HighWaterKilobytes(string pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException)
        {
            // No /proc (not Linux), or the process ended between two reads.
        }
        return null;
    }
}
