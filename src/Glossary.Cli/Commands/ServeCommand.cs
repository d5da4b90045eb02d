using System.CommandLine;
using System.Runtime.InteropServices;
using Glossary.Cli.Serving;
using Glossary.Cli.Terminal;

namespace Glossary.Cli.Commands;

/// <summary>'glossary serve': a live preview on 127.0.0.1 that rebuilds on save and reloads open tabs.</summary>
public static class ServeCommand
{
    public const string DefaultThemeAssets = "theme/Glossary.Theme/wwwroot";

    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var theme = new Option<string?>("--theme-assets") { Description = $"Theme CSS/JS folder to watch (default {DefaultThemeAssets} when present)" };
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding and reloading on every save") { input, port, theme };
        command.SetAction(async (parse, cancel) =>
        {
            var folder = parse.GetValue(input)!;
            if (!CommonOptions.InputExists(folder, reporter)) return ExitCodes.UsageError;
            var themeFolder = parse.GetValue(theme) ?? (Directory.Exists(DefaultThemeAssets) ? DefaultThemeAssets : null);
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(folder, parse.GetValue(port), themeFolder);
            }
            catch (IOException e)
            {
                reporter.Problem($"cannot listen on 127.0.0.1:{parse.GetValue(port)}: {e.Message}", "another program uses that port; try --port 5081");
                return ExitCodes.UsageError;
            }
            await using (server)
            {
                void Report(SiteSnapshot s)
                {
                    if (s.HasProblems) reporter.Diagnostics(s.Problems);
                    else reporter.Success($"{s.Summary}: {server.Address}");
                }
                Report(server.Snapshot);
                server.Rebuilt += Report;
                // Ctrl+C (SIGINT) and SIGTERM end the preview; the web host inside listens to neither (CommandOwnedLifetime).
                // They are in place before the prompt says Ctrl+C works.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                void Stop(PosixSignalContext context)
                {
                    context.Cancel = true;
                    stop.Cancel();
                }
                using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
                using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
                reporter.Info($"watching {folder}{(themeFolder is null ? "" : " and " + themeFolder)}; press Ctrl+C to stop");
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
            reporter.Info("stopped");
            return ExitCodes.Success;
        });
        return command;
    }
}
