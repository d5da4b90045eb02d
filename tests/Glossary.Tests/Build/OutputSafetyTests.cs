using Glossary.Cli;
using Glossary.IO;
using Glossary.Tests.Support;

namespace Glossary.Tests.Build;

public sealed class OutputSafetyTests
{
    private static int Cli(params string[] args)
    {
        var output = new StringWriter();
        var code = GlossaryCommand.Invoke(args, output, output);
        TestContext.Current.SendDiagnosticMessage($"glossary {string.Join(' ', args)} → {code}\n{output}");
        Assert.DoesNotContain("exception", output.ToString(), StringComparison.OrdinalIgnoreCase);
        return code;
    }

    /// <summary>The folder beside the output holds only what the test made: no staging or previous output is left.</summary>
    private static void AssertNothingLeftBeside(TempFolder temp, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    /// <summary>Runs a build that must be refused: exit code 2 and a message that names GL0601.</summary>
    private static string Refused(string input, string output)
    {
        var error = new StringWriter();
        Assert.Equal(2, GlossaryCommand.Invoke(["build", "--input", input, "--output", output], TextWriter.Null, error));
        Assert.Contains("error: GL0601: ", error.ToString());
        Assert.Contains("hint: ", error.ToString());
        return error.ToString();
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var output = temp.Combine("output");
        Assert.Equal(0, Cli("build", "--input", input, "--output", output));
        var before = TempFolder.Snapshot(output);
        Assert.NotEmpty(before);

        File.WriteAllText(Path.Combine(input, "glossary", "broken.md"), "---\ntitle: [\n---\n");
        Assert.Equal(1, Cli("build", "--input", input, "--output", output));

        Assert.Equal(before, TempFolder.Snapshot(output));
        AssertNothingLeftBeside(temp, "input", "output");
    }

    [Theory]
    [InlineData("rendered-link check", "<a href=\"/nowhere/\">raw link</a>\n", new string[0])]
    [InlineData("--strict warning", "", new[] { "--strict" })]
    public void A_build_that_fails_after_pages_were_streamed_to_staging_leaves_the_output_and_no_staging(string why, string rawHtml, string[] extra)
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var output = temp.Combine("output");
        Assert.Equal(0, Cli("build", "--input", input, "--output", output));
        var before = TempFolder.Snapshot(output);

        // Both failures are found only once every page has been rendered and handed to the staging folder.
        var entry = Path.Combine(input, "glossary", "iop.md");
        File.AppendAllText(entry, "\n" + rawHtml);
        if (extra.Length > 0)
            File.WriteAllText(Path.Combine(input, "glossary", "one-way.md"), TestSite.Entry("One Way", extraFrontMatter: "related: [iop]"));
        Assert.True(Cli(["build", "--input", input, "--output", output, .. extra]) == 1, why);

        Assert.Equal(before, TempFolder.Snapshot(output));
        AssertNothingLeftBeside(temp, "input", "output");
    }

    [Fact]
    public void Replacing_the_previous_output_never_deletes_through_a_link_in_it()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var output = temp.Combine("output");
        var outside = Directory.CreateDirectory(temp.Combine("keep")).FullName;
        Directory.CreateDirectory(Path.Combine(outside, "notes"));
        File.WriteAllText(Path.Combine(outside, "notes", "mine.txt"), "an editor's file");
        Assert.Equal(0, Cli("build", "--input", input, "--output", output));
        // Someone links folders from outside into the built site, at the two depths the old output is deleted from in parallel.
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(output, "glossary", "linked"), outside);

        Assert.Equal(0, Cli("build", "--input", input, "--output", output));

        Assert.Equal("an editor's file", File.ReadAllText(Path.Combine(outside, "notes", "mine.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "linked")));
    }

    [Fact]
    public void A_successful_build_replaces_the_previous_output_without_leftovers()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var output = temp.Combine("output");
        Assert.Equal(0, Cli("build", "--input", input, "--output", output));
        AssertNothingLeftBeside(temp, "input", "output");
        File.Delete(Path.Combine(input, "pages", "about.md"));
        File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.DefaultSiteYaml);
        Assert.Equal(0, Cli("build", "--input", input, "--output", output));
        Assert.False(Directory.Exists(Path.Combine(output, "about")));
        Assert.True(File.Exists(Path.Combine(output, OutputWriter.MarkerFile)));
        AssertNothingLeftBeside(temp, "input", "output");
    }

    [Theory]
    [InlineData("input", "is the input folder")]
    [InlineData("input/", "is the input folder")]
    [InlineData("input/output", "is inside the input folder")]
    [InlineData("input/glossary/site", "is inside the input folder")]
    [InlineData(".", "contains the input folder")]
    public void GL0601_refuses_an_output_folder_that_is_contains_or_lies_inside_the_input(string output, string why)
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var before = TempFolder.Snapshot(temp.Path);
        Assert.Contains(why, Refused(input, temp.Combine(output)));
        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
        AssertNothingLeftBeside(temp, "input");
    }

    [Fact]
    public void GL0601_refuses_a_folder_of_files_it_did_not_write()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        var precious = temp.Combine("documents");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "thesis.txt"), "years of work");
        Assert.Contains("did not write", Refused(input, precious));
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(precious, "thesis.txt")));
        AssertNothingLeftBeside(temp, "input", "documents");
        var ex = Assert.Throws<OutputFolderException>(() => OutputWriter.Guard(input, precious));
        Assert.Contains("did not write", ex.Message);
    }
}
