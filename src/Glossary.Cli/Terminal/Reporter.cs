using Glossary.Diagnostics;
using Spectre.Console;

namespace Glossary.Cli.Terminal;

/// <summary>
/// Prints diagnostics and summaries: colours through Spectre.Console on a terminal, plain text when output is
/// redirected (CI logs, pipes), so messages stay greppable as "file:line:col: error CODE: message".
/// </summary>
public sealed class Reporter(TextWriter output, TextWriter error, bool color)
{
    public static Reporter ForConsole() =>
        new(Console.Out, Console.Error, color: !Console.IsOutputRedirected && !Console.IsErrorRedirected
                                              && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    /// <summary>Diagnostics grouped by code, the first few of each in full, then a count (<see cref="DiagnosticDigest"/>).</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var groups = DiagnosticDigest.Group(diagnostics);
        foreach (var group in groups)
        {
            foreach (var d in group.Shown) Diagnostic(d);
            if (group.More > 0) More(group.MoreLine);
        }
        if (groups.Any(g => g.More > 0))
            More("(glossary check --format json lists every one)");
    }

    private void More(string line)
    {
        if (!color) error.WriteLine(line);
        else ConsoleFor(error).MarkupLine($"[dim]{Markup.Escape(line)}[/]");
    }

    public void Diagnostic(Diagnostic d)
    {
        if (!color)
        {
            error.WriteLine(d.Headline);
            if (d.Hint is not null) error.WriteLine($"  hint: {d.Hint}");
            return;
        }
        var console = ConsoleFor(error);
        var label = d.IsError ? "[red bold]error[/]" : "[yellow bold]warning[/]";
        console.MarkupLine($"[bold]{Markup.Escape(d.Location)}[/]: {label} [dim]{d.Code}[/]: {Markup.Escape(d.Message)}");
        if (d.Hint is not null) console.MarkupLine($"  [cyan]hint:[/] {Markup.Escape(d.Hint)}");
    }

    public void Problem(string message, string? hint = null)
    {
        if (!color)
        {
            error.WriteLine($"glossary: error: {message}");
            if (hint is not null) error.WriteLine($"  hint: {hint}");
            return;
        }
        var console = ConsoleFor(error);
        console.MarkupLine($"[red bold]error[/]: {Markup.Escape(message)}");
        if (hint is not null) console.MarkupLine($"  [cyan]hint:[/] {Markup.Escape(hint)}");
    }

    public void Success(string message)
    {
        if (!color) output.WriteLine(message);
        else ConsoleFor(output).MarkupLine($"[green]✓[/] {Markup.Escape(message)}");
    }

    public void Info(string message)
    {
        if (!color) output.WriteLine(message);
        else ConsoleFor(output).MarkupLine(Markup.Escape(message));
    }

    private static IAnsiConsole ConsoleFor(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
}
