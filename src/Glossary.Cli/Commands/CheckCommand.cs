using System.CommandLine;
using System.Globalization;
using Glossary.Cli.Terminal;
using Glossary.IO;
using Glossary.Lints;
using Glossary.Output;
using Glossary.Pipeline;

namespace Glossary.Cli.Commands;

/// <summary>'glossary check': every build validation plus content lints, without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create(Reporter reporter, TextWriter output)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var format = new Option<string>("--format") { Description = "text, github (workflow annotations) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var today = new Option<string?>("--today") { Description = "Date to judge review ages by (YYYY-MM-DD); default: today" };
        var command = new Command("check", "Check the content (links, structure, readability, reviews) without building") { input, strict, format, today };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(today) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Today);
            return Run(parse.GetValue(input)!, new BuildOptions(Strict: parse.GetValue(strict)), parse.GetValue(format)!, date, reporter, output);
        });
        return command;
    }

    public static int Run(string input, BuildOptions options, string format, DateOnly today, Reporter reporter, TextWriter output)
    {
        using var batch = BatchGarbageCollection.Enter();
        if (!CommonOptions.InputExists(input, reporter)) return ExitCodes.UsageError;
        var parity = new TranslationParity();
        var result = Check(InputReader.Read(input), options, today, parity);
        switch (format)
        {
            case "github":
                output.Write(DiagnosticFormats.GitHub(result.Diagnostics));
                foreach (var line in parity.Report) output.Write($"::notice title=translations::{line}\n");
                break;
            case "json":
                output.Write(DiagnosticFormats.Json(result.Diagnostics, result.Succeeded));
                break;
            default:
                reporter.Diagnostics(result.Diagnostics);
                foreach (var line in parity.Report) reporter.Info(line.ToString());
                if (result.Succeeded)
                    reporter.Success($"checked {result.PageCount} pages: {result.ErrorCount} errors, {result.WarningCount} warnings");
                else
                    reporter.Problem($"check failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s){(options.Strict ? " (warnings count under --strict)" : "")}");
                break;
        }
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>
    /// Builds every page, checks it and lets it go (<see cref="NullOutput"/>): nothing is written, no page is kept,
    /// and the result lists the paths the build would write.
    /// </summary>
    /// <param name="parity">Given, it counts each translation's current, stale and missing twins.</param>
    public static BuildResult Check(SiteInput input, BuildOptions options, DateOnly today, TranslationParity? parity = null) =>
        BuildRunner.CreatePipeline(lints: [new ContentLints(today), parity ?? new TranslationParity()], outputCheck: OutputCheck.Full).Build(input, options, NullOutput.Instance);
}
