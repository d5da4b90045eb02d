using Glossary.Cli;
using Glossary.Cli.Commands;
using Glossary.Cli.Terminal;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(2, GlossaryCommand.Invoke(["build", "--colour"], TextWriter.Null, error));
        Assert.Contains("--colour", error.ToString());
    }

    [Fact]
    public void Missing_input_folder_is_a_usage_error_with_a_hint()
    {
        using var temp = new TempFolder();
        var (code, _, err) = Run(temp.Combine("nope"), temp.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains("does not exist", err);
        Assert.Contains("hint:", err);
    }

    [Fact]
    public void An_input_that_is_a_file_is_a_usage_error_that_says_so()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("site.yml");
        File.WriteAllText(file, "title: x\n");
        var (code, _, err) = Run(file, temp.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains("is a file, not a folder", err);
        Assert.Contains("hint:", err);
    }

    [Fact]
    public void Content_errors_print_compiler_style_lines_and_exit_1()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(new TestSite().WithEntry("iop", "IOP", extraFrontMatter: "categorys: [x]"));
        var (code, _, err) = Run(input, temp.Combine("out"));
        Assert.Equal(1, code);
        Assert.Matches(@"(?m)^.*input/glossary/iop\.md:5:1: error GL0102: unknown key 'categorys'.*$", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Successful_build_prints_a_summary()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var (code, output, _) = Run(input, temp.Combine("out"));
        Assert.Equal(0, code);
        Assert.Matches(@"built \d+ pages \(\d+ files\) into .* in \d+ ms", output);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failure()
    {
        var result = new BuildResult([new Glossary.Diagnostics.Diagnostic("f", 1, 1, Glossary.Diagnostics.Severity.Warning, "GL0000", "w")], [], Strict: true);
        Assert.False(result.Succeeded);
        Assert.True(result with { Strict = false } is { Succeeded: true });
    }

    private static (int Code, string Output, string Error) Run(string input, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildRunner.Run(input, output, new BuildOptions(), new Reporter(stdout, stderr, color: false));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
