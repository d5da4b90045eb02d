using System.Diagnostics;
using System.Text;
using Glossary.Cli.Commands;
using Glossary.IO;
using Glossary.Output;
using Glossary.Pipeline;

namespace Glossary.Bench;

/// <summary>
/// Repeated work in one process, where the first round pays for JIT compilation and later rounds show steady state:
/// full builds ('build-warm') and one-entry edits through SitePipeline.Update, what 'serve' does after a save ('update-warm').
/// </summary>
public static class WarmRuns
{
    /// <param name="fullCheck">Check rendered links with AngleSharp, as 'check' does, instead of the scanner 'build' uses.</param>
    public static int Build(string input, int rounds, bool fullCheck)
    {
        var siteInput = InputReader.Read(input, useGitDates: false);
        var pipeline = BuildRunner.CreatePipeline(outputCheck: fullCheck ? OutputCheck.Full : OutputCheck.Fast);
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var pausedBefore = GC.GetTotalPauseDuration();
            var result = pipeline.Build(siteInput, new BuildOptions());
            Console.WriteLine($"round {round}: {clock.ElapsedMilliseconds} ms (GC pauses {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms, "
                              + $"gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}): "
                              + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F0}")));
        }
        return 0;
    }

    /// <summary>A build, then <paramref name="rounds"/> edits of one entry's body, or with <paramref name="editSummary"/> of its summary (shown on many pages).</summary>
    public static int Update(string input, int rounds, bool editSummary)
    {
        var siteInput = InputReader.Read(input, useGitDates: false);
        var pipeline = BuildRunner.CreatePipeline(outputCheck: OutputCheck.Fast);
        var state = pipeline.Build(siteInput, new BuildOptions()).State!;
        var file = siteInput.Files.First(f => f.RelativePath.StartsWith("glossary/", StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(file.Bytes);
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var edited = file with
            {
                Bytes = Encoding.UTF8.GetBytes(editSummary
                    ? text.Replace("\nsummary: ", $"\nsummary: Edited {round} ")
                    : text.Replace("## Examples", $"Edited, round {round}.\n\n## Examples")),
            };
            var result = pipeline.Update(state, edited, new BuildOptions());
            Console.WriteLine(result is null ? $"round {round}: full build needed" :
                $"round {round}: {clock.Elapsed.TotalMilliseconds:F1} ms, {result.ChangedPaths.Count} files: " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F1}")));
            if (result?.State is { } next) state = next;
        }
        return 0;
    }
}
