using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Pipeline;

namespace Glossary.IO;

/// <summary>Input edge: reads the input folder into a <see cref="SiteInput"/>. Hidden files and folders (".…") are skipped.</summary>
public static class InputReader
{
    public static SiteInput Read(string inputDirectory, bool useGitDates = true)
    {
        var root = Path.GetFullPath(inputDirectory);
        var display = DisplayPrefix(inputDirectory);
        var dates = useGitDates ? GitDates.Read(root) : GitDates.None;
        string? siteYaml = null;
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        foreach (var path in EnumerateVisibleFiles(root))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative == SiteConfig.FileName)
            {
                siteYaml = File.ReadAllText(path);
                continue;
            }
            files.Add(new SourceFile(relative, display + relative, File.ReadAllBytes(path), dates.For(path)));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SiteInput(siteYaml, display + SiteConfig.FileName, files.ToImmutable());
    }

    /// <summary>How paths are shown in diagnostics: relative to the working directory when the input is below it.</summary>
    private static string DisplayPrefix(string inputDirectory)
    {
        var full = Path.GetFullPath(inputDirectory);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full.Replace('\\', '/') : relative;
        return shown == "." ? "" : shown.TrimEnd('/') + "/";
    }

    private static IEnumerable<string> EnumerateVisibleFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(file).StartsWith('.')) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub).StartsWith('.')) continue;
            foreach (var file in EnumerateVisibleFiles(sub)) yield return file;
        }
    }
}
