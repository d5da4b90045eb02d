using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Pipeline;

namespace Glossary.IO;

/// <summary>
/// Input edge: reads the input folder into a <see cref="SiteInput"/>. Hidden files and folders (".…") are skipped.
/// A file or folder that cannot be read, or a link that loops back into its own folder, becomes a diagnostic
/// (<see cref="SiteInput.ReadProblems"/>) rather than an exception, so it is reported with everything else.
/// </summary>
public static class InputReader
{
    /// <summary>Deeper than any real content folder: past it, a link must be looping in a way the path check missed.</summary>
    private const int MaxDepth = 32;

    public static SiteInput Read(string inputDirectory, bool useGitDates = true)
    {
        var root = Path.GetFullPath(inputDirectory);
        var display = DisplayPrefix(inputDirectory);
        var dates = useGitDates ? GitDates.Read(root) : GitDates.None;
        var problems = new DiagnosticBag();
        void Problem(string path, string message, string hint) =>
            problems.Error(SourceLocation.WholeFile(display + Relative(root, path)), DiagnosticCodes.UnreadableInput, message, hint);

        var siteYamlPath = Path.Combine(root, SiteConfig.FileName);
        var siteYaml = File.Exists(siteYamlPath) ? ReadOrReport(siteYamlPath, File.ReadAllText, Problem) : null;
        var paths = new List<string>();
        Enumerate(root, RealPath(root), [], paths, Problem);
        paths.Remove(siteYamlPath);
        // Several reads at once: files not in the page cache are mostly waiting for the disk, and the waits overlap
        // (10,000 entries on this machine's disk: up to 1.4 s read one by one).
        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (ReadOrReport(paths[i], File.ReadAllBytes, Problem) is not { } bytes) return;
            var relative = Relative(root, paths[i]);
            files[i] = new SourceFile(relative, display + relative, bytes, dates.For(paths[i]));
        });
        var read = files.OfType<SourceFile>().ToArray();
        Array.Sort(read, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SiteInput(siteYaml, display + SiteConfig.FileName, ImmutableArray.Create(read))
        {
            ReadProblems = [.. problems.ToSortedList()],
        };
    }

    /// <summary>How paths are shown in diagnostics: relative to the working directory when the input is below it.</summary>
    private static string DisplayPrefix(string inputDirectory)
    {
        var full = Path.GetFullPath(inputDirectory);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full.Replace('\\', '/') : relative;
        return shown == "." ? "" : shown.TrimEnd('/') + "/";
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static T? ReadOrReport<T>(string path, Func<string, T> read, Action<string, string, string> problem) where T : class
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // deleted since the folder was listed (an editor saving): it is simply not there any more
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem(path, $"cannot be read: {e.Message}", "check the file's permissions (it must be readable by whoever runs glossary), or remove it");
            return null;
        }
    }

    /// <summary>
    /// Lists the visible files under <paramref name="directory"/>, in ordinal order. Links are followed, but a folder
    /// whose real path is already being listed (a link to itself or to a folder above it) is reported, not entered.
    /// </summary>
    private static void Enumerate(string directory, string realPath, ImmutableStack<string> ancestors, List<string> files,
        Action<string, string, string> problem)
    {
        string[] entries, folders;
        try
        {
            entries = Directory.GetFiles(directory);
            folders = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem(directory, $"this folder cannot be read: {e.Message}", "check the folder's permissions, or remove it");
            return;
        }
        files.AddRange(entries.Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
        var inside = ancestors.Push(realPath);
        foreach (var sub in folders.Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var real = RealPath(sub);
            if (inside.Contains(real))
                problem(sub, "this folder is a link to itself or to a folder that contains it, so reading it would never end",
                    "remove the link, or point it at a folder outside input/");
            else if (inside.Count() >= MaxDepth)
                problem(sub, $"folders nest more than {MaxDepth} deep here; a link probably loops back into input/",
                    "remove the link, or flatten the folders");
            else
                Enumerate(sub, real, inside, files, problem);
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            return new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(directory);
        }
        catch (IOException)
        {
            return Path.GetFullPath(directory); // a broken or looping link: listing it reports the problem
        }
    }
}
