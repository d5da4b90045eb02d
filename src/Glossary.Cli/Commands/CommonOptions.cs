using System.CommandLine;

namespace Glossary.Cli.Commands;

public static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding site.yml and the Markdown content",
        DefaultValueFactory = _ => "input",
    };

    /// <summary>True when the input folder exists; otherwise reports it (the caller exits with a usage error).</summary>
    public static bool InputExists(string input, Terminal.Reporter reporter)
    {
        if (Directory.Exists(input)) return true;
        if (File.Exists(input))
            reporter.Problem($"the input '{input}' is a file, not a folder", "pass the folder that holds site.yml, such as --input input");
        else
            reporter.Problem($"the input folder '{input}' does not exist", "run glossary from the project folder, or pass --input DIR");
        return false;
    }

    public static Option<bool> Strict() => new("--strict") { Description = "Treat warnings as errors" };
}
