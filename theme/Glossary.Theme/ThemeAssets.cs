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
