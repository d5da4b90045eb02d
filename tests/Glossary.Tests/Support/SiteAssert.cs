using System.Text;
using Glossary.Pipeline;

namespace Glossary.Tests.Support;

/// <summary>The oracle of incremental updates: an update and a full build of the same input give the same site.</summary>
public static class SiteAssert
{
    /// <summary>Both succeeded with the same paths, the same bytes in every file and the same diagnostics.</summary>
    public static void Same(BuildResult full, BuildResult update, string context = "")
    {
        var prefix = context.Length > 0 ? context + ": " : "";
        Assert.True(full.Succeeded, prefix + "the full build failed:\n" + string.Join("\n", full.Diagnostics));
        Assert.True(update.Succeeded, prefix + "the update failed:\n" + string.Join("\n", update.Diagnostics));
        Assert.Equal(full.Files.Select(f => f.Path), update.Files.Select(f => f.Path));
        foreach (var (a, b) in full.Files.Zip(update.Files))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{prefix}{a.Path} differs between the update and a full build: {FirstDifference(a.Content, b.Content)}");
        Assert.True(full.Diagnostics.SequenceEqual(update.Diagnostics),
            $"{prefix}diagnostics differ\nfull build:\n{string.Join("\n", full.Diagnostics)}\nupdate:\n{string.Join("\n", update.Diagnostics)}");
    }

    private static string FirstDifference(byte[] full, byte[] update)
    {
        var at = full.AsSpan().CommonPrefixLength(update);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 100), Math.Min(bytes.Length, at + 100) - Math.Max(0, at - 100));
        return $"\nfull build: …{Around(full)}…\nupdate: …{Around(update)}…";
    }
}
