using Glossary.Diagnostics;
using Glossary.Pipeline;

namespace Glossary.Tests.Support;

/// <summary>Assertions on a failed build's diagnostics: the code, then the file, line and message an editor reads.</summary>
public static class DiagnosticAssert
{
    /// <summary>The first diagnostic with <paramref name="code"/>; the build must have failed.</summary>
    public static Diagnostic Single(BuildResult result, string code)
    {
        Assert.False(result.Succeeded);
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count >= 1, $"expected {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    public static void At(Diagnostic d, string file, int line, string messagePart)
    {
        Assert.Equal(file, d.File);
        Assert.Equal(line, d.Line);
        Assert.Contains(messagePart, d.Message);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
    }
}
