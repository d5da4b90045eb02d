using System.CommandLine;
using Glossary.Cli.Terminal;
using Glossary.Pipeline;

namespace Glossary.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(Reporter reporter)
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write the site to; replaced only when the build succeeds",
            DefaultValueFactory = _ => "output",
        };
        var baseUrl = new Option<string?>("--base-url") { Description = "Address the site is published at (overrides base_url in site.yml)" };
        var strict = CommonOptions.Strict();
        var command = new Command("build", "Build the site from Markdown into static HTML") { input, output, baseUrl, strict };
        command.SetAction(parse => BuildRunner.Run(
            parse.GetValue(input)!,
            parse.GetValue(output)!,
            new BuildOptions(parse.GetValue(baseUrl), parse.GetValue(strict)),
            reporter));
        return command;
    }
}
