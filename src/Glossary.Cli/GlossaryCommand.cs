using System.CommandLine;
using Glossary.Cli.Commands;
using Glossary.Cli.Terminal;

namespace Glossary.Cli;

/// <summary>The 'glossary' command line: parsing, usage errors (exit 2) and dispatch to subcommands.</summary>
public static class GlossaryCommand
{
    public static RootCommand Create(Reporter reporter, TextWriter output)
    {
        var root = new RootCommand("Glossary: builds the consumer glossary site from Markdown.")
        {
            BuildCommand.Create(reporter),
            CheckCommand.Create(reporter, output),
            NewCommand.Create(reporter),
            ServeCommand.Create(reporter),
        };
        return root;
    }

    public static int Invoke(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var reporter = output is null && error is null ? Reporter.ForConsole() : new Reporter(output ?? TextWriter.Null, error ?? TextWriter.Null, color: false);
        var root = Create(reporter, output ?? Console.Out);
        // No response files: an argument such as a title may start with '@'.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            for (var i = 0; i < result.Errors.Count; i++)
                reporter.Problem(result.Errors[i].Message,
                    i == result.Errors.Count - 1 ? "run 'glossary --help' to see the commands and options" : null);
            return ExitCodes.UsageError;
        }
        return result.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
    }
}
