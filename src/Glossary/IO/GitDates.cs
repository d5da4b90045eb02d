using System.Diagnostics;
using Glossary.Text;

namespace Glossary.IO;

/// <summary>
/// The last commit date of every file under a folder, from one 'git log' call (not one per file).
/// Outside a git checkout, or without git, every date is unknown and the build still works.
/// </summary>
public sealed class GitDates
{
    public static readonly GitDates None = new(new Dictionary<string, DateOnly>());

    private readonly Dictionary<string, DateOnly> _byFullPath;

    private GitDates(Dictionary<string, DateOnly> byFullPath) => _byFullPath = byFullPath;

    public DateOnly? For(string fullPath) => _byFullPath.TryGetValue(Path.GetFullPath(fullPath), out var d) ? d : null;

    public static GitDates Read(string directory)
    {
        try
        {
            var top = Run(directory, "rev-parse", "--show-toplevel")?.Trim();
            if (string.IsNullOrEmpty(top)) return None;
            var log = Run(directory, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", ".");
            if (log is null) return None;
            var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            DateOnly? current = null;
            foreach (var rawLine in log.Split('\n'))
            {
                var line = rawLine.TrimEnd('\r');
                if (line.StartsWith('\0'))
                {
                    current = IsoDate.TryParse(line[1..], out var d) ? d : null;
                    continue;
                }
                if (line.Length == 0 || current is null) continue;
                // Newest commits come first: the first date seen for a file is its last change.
                dates.TryAdd(Path.GetFullPath(Path.Combine(top, line)), current.Value);
            }
            return new GitDates(dates);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return None;
        }
    }

    private static string? Run(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotepath=off");
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info);
        if (process is null) return null;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        return process.ExitCode == 0 ? output : null;
    }
}
