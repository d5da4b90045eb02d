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
    /// the theme), and the lints when checking. The rendered-output check reads every page with AngleSharp unless
    /// <paramref name="outputCheck"/> asks for the fast scanner ('build' and 'serve' do).
    /// </summary>
    public static SitePipeline CreatePipeline(IReadOnlyList<ThemeAsset>? themeAssets = null, IReadOnlyList<ISiteLint>? lints = null,
        OutputCheck outputCheck = OutputCheck.Full) =>
        new(new RazorPageRenderer(), themeAssets ?? ThemeAssets.Load()) { Lints = lints ?? [], OutputCheck = outputCheck };

    public static int Run(string input, string output, BuildOptions options, Reporter reporter)
    {
        var clock = Stopwatch.StartNew();
        using var batch = BatchGarbageCollection.Enter();
        if (!CommonOptions.InputExists(input, reporter)) return ExitCodes.UsageError;
        try
        {
            OutputWriter.Guard(input, output);
        }
        catch (OutputFolderException e)
        {
            return Refuse(e, reporter);
        }

        BuildResult result;
        try
        {
            // Pages stream into a staging folder as they are rendered, so none waits in memory for the last.
            using var staged = new StagedOutput(input, output);
            result = CreatePipeline(outputCheck: OutputCheck.Fast).Build(InputReader.Read(input), options, staged);
            reporter.Diagnostics(result.Diagnostics);
            if (!result.Succeeded)
            {
                var why = result.ErrorCount > 0 ? $"{result.ErrorCount} error(s)" : $"{result.WarningCount} warning(s) under --strict";
                reporter.Problem($"build failed with {why}; '{output}' was left as it was");
                return ExitCodes.ContentErrors;
            }
            staged.Commit();
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
        reporter.Success($"built {result.PageCount} pages ({result.Paths.Count} files) into {output} in {clock.ElapsedMilliseconds} ms{warnings}");
        return ExitCodes.Success;
    }

    private static int Refuse(OutputFolderException e, Reporter reporter)
    {
        reporter.Problem($"{DiagnosticCodes.UnsafeOutputFolder}: {e.Message}", e.Hint);
        return ExitCodes.UsageError;
    }
}
