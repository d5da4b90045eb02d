using System.CommandLine;

namespace Glossary.Cli.Commands;

public static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding site.yml and the Markdown content",
        DefaultValueFactory = _ => "input",
    };

    public static Option<bool> Strict() => new("--strict") { Description = "Treat warnings as errors" };
}
