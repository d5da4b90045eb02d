using System.Diagnostics;
using Glossary.Cli.Terminal;
using Glossary.Diagnostics;
using Glossary.IO;
using Glossary.Output;
using Glossary.Pipeline;
using Glossary.Theme;

namespace Glossary.Cli.Commands;

/// <summary>Reads the input, builds through the pipeline with the Razor theme, reports, and writes the output.</summary>
public static class BuildRunner
{
    public static SitePipeline CreatePipeline() => new(new RazorPageRenderer(), ThemeAssets.Load());

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
            return Refuse(e, reporter);
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
            // Checked again before the swap: the folder may have changed while the site was built.
            return Refuse(e, reporter);
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

    private static int Refuse(OutputFolderException e, Reporter reporter)
    {
        reporter.Problem($"{DiagnosticCodes.UnsafeOutputFolder}: {e.Message}", e.Hint);
        return ExitCodes.UsageError;
    }
}
