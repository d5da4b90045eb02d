using System.Reflection;
using Glossary.Output;

namespace Glossary.Theme;

/// <summary>The theme's CSS and JS, embedded in this assembly so the generator needs no path to the theme folder.</summary>
public static class ThemeAssets
{
    private const string Prefix = "Glossary.Theme.wwwroot.";

    public static IReadOnlyList<ThemeAsset> Load()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ThemeAsset(FileName(n), Read(assembly, n)))
            .ToList();
    }

    /// <summary>The same assets read from a wwwroot folder on disk, so the preview server picks up CSS and JS edits.</summary>
    public static IReadOnlyList<ThemeAsset> LoadFrom(string wwwroot) =>
        Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".css" or ".js" or ".svg")
            .Order(StringComparer.Ordinal)
            .Select(f => new ThemeAsset(Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    private static string FileName(string resourceName)
    {
        // "Glossary.Theme.wwwroot.css.site.css" → "site.css" (folders do not matter once fingerprinted).
        var rest = resourceName[Prefix.Length..];
        var parts = rest.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : rest;
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
