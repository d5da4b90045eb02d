using System.Diagnostics;

namespace Glossary.Tests.Support;

/// <summary>
/// The glossary command in a process of its own, as an editor or CI runs it, with its own environment: the culture
/// a .NET process starts with comes from LANG and LC_ALL, and every thread it starts inherits it.
/// </summary>
public static class CliProcess
{
    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill();
            throw new TimeoutException($"glossary {string.Join(' ', args)} did not finish within 3 minutes");
        }
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>The environment of a process whose current culture is <paramref name="locale"/> (a POSIX name such as th_TH.UTF-8; C.UTF-8 is the invariant culture).</summary>
    public static Dictionary<string, string> Locale(string locale) => new()
    {
        ["LANG"] = locale,
        ["LC_ALL"] = locale,
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };
}
