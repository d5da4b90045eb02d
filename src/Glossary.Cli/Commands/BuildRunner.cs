using System.Diagnostics;
using Glossary.Cli.Terminal;
using Glossary.Diagnostics;
using Glossary.IO;
using Glossary.Lints;
using Glossary.Output;
using Glossary.Pipeline;
using Glossary.Theme;

namespace Glossary.Cli.Commands;

/// <summary>Reads the input, builds through the pipeline with the Razor theme, reports, and writes the output.</summary>
public static class BuildRunner
{
    /// <summary>
    /// The one place the pipeline is composed: the Razor theme with its assets (read from a folder when 'serve' watches
    /// the theme), and the lints when checking.
    /// </summary>
    public static SitePipeline CreatePipeline(IReadOnlyList<ThemeAsset>? themeAssets = null, IReadOnlyList<ISiteLint>? lints = null) =>
        new(new RazorPageRenderer(), themeAssets ?? ThemeAssets.Load()) { Lints = lints ?? [] };

    public static int Run(string input, string output, BuildOptions options, Reporter reporter, bool write = true)
    {
        var clock = Stopwatch.StartNew();
        using var batch = BatchGarbageCollection.Enter();
        if (!CommonOptions.InputExists(input, reporter)) return ExitCodes.UsageError;
        try
        {
            if (write) OutputWriter.Guard(input, output);
        }
        catch (OutputFolderException e)
        {
            reporter.Problem($"{DiagnosticCodes.UnsafeOutputFolder}: {e.Message}", e.Hint);
            return ExitCodes.UsageError;
        }

        BuildResult result;
        try
        {
            // 'build' streams pages into a staging folder as they are rendered; 'check' keeps nothing.
            using var staged = write ? new StagedOutput(input, output) : null;
            result = CreatePipeline().Build(InputReader.Read(input), options, staged ?? (IOutputSink)NullOutput.Instance);
            reporter.Diagnostics(result.Diagnostics);
            if (!result.Succeeded)
            {
                var why = result.ErrorCount > 0 ? $"{result.ErrorCount} error(s)" : $"{result.WarningCount} warning(s) under --strict";
                reporter.Problem($"build failed with {why}; {(write ? $"'{output}' was left as it was" : "nothing was written")}");
                return ExitCodes.ContentErrors;
            }
            staged?.Commit();
        }
        catch (OutputFolderException e)
        {
            reporter.Problem(e.Message, e.Hint);
            return ExitCodes.UsageError;
        }
        catch (IOException e)
        {
            reporter.Problem($"could not write '{output}': {e.Message}", "check that the folder is writable and not open in another program");
            return ExitCodes.UsageError;
        }
        catch (UnauthorizedAccessException e)
        {
            reporter.Problem($"could not write '{output}': {e.Message}", "check the folder's permissions");
            return ExitCodes.UsageError;
        }
        var warnings = result.WarningCount > 0 ? $", {result.WarningCount} warning(s)" : "";
        reporter.Success(write
            ? $"built {result.PageCount} pages ({result.Paths.Count} files) into {output} in {clock.ElapsedMilliseconds} ms{warnings}"
            : $"checked {result.PageCount} pages in {clock.ElapsedMilliseconds} ms{warnings}");
        return ExitCodes.Success;
    }
}
