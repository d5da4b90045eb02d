using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

/// <summary>'glossary serve' as an editor runs it, in its own process: Ctrl+C (SIGINT) or SIGTERM ends it cleanly.</summary>
public sealed class ServeSignalTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_stop_signal_ends_serve_with_exit_code_0(int signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "POSIX signals, and /proc for the failure message");
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        // Started as a terminal starts it, with Ctrl+C at its default: a test run launched in the background ignores
        // SIGINT, and a child inherits an ignored signal (POSIX), so 'serve' never saw it and this test failed.
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll"), "serve", "--input", input, "--port", FreePort().ToString() })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        try
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(ready.Token) is { } line)
            {
                output.Add(line);
                if (line.Contains("press Ctrl+C to stop", StringComparison.Ordinal)) break;
            }
            Assert.Contains(output, l => l.Contains("press Ctrl+C to stop", StringComparison.Ordinal));

            // What the child does with signals, for the failure message: ignored or blocked ones are inherited.
            var signalState = string.Join(", ", File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("Sig", StringComparison.Ordinal)));
            Assert.Equal(0, kill(process.Id, signal));
            // Generous: CI runs this beside browser tests on two cores.
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"serve did not stop within 60 s of signal {signal} ({signalState})");
            }
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("stopped", await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
