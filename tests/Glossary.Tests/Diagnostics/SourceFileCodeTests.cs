using System.Text;
using Glossary.Diagnostics;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// Failing inputs for the codes about reading source files (GL0001 to GL0006): the bytes, the size, the name, the
/// folder and links between folders; each test checks the code, file, line and message.
/// </summary>
public sealed class SourceFileCodeTests
{
    [Fact]
    public void GL0001_invalid_utf8_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes(TestSite.Entry("Broken")).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        var d = Single(new TestSite().With("glossary/broken.md", bytes).Build(), DiagnosticCodes.InvalidUtf8);
        Assert.Equal("input/glossary/broken.md", d.File);
        Assert.Equal(Encoding.UTF8.GetString(bytes).Count(c => c == '\n'), d.Line);
        Assert.Contains("not valid UTF-8", d.Message);
    }

    [Fact]
    public void GL0002_empty_file()
    {
        var d = Single(new TestSite().With("glossary/empty.md", "  \n").Build(), DiagnosticCodes.EmptyFile);
        At(d, "input/glossary/empty.md", 0, "empty");
    }

    [Fact]
    public void GL0003_file_over_one_megabyte()
    {
        var big = TestSite.Entry("Big", new string('x', 1024 * 1024));
        var d = Single(new TestSite().With("glossary/big.md", big).Build(), DiagnosticCodes.FileTooLarge);
        At(d, "input/glossary/big.md", 0, "limit is 1024 KB");
    }

    [Fact]
    public void GL0004_file_name_is_not_a_slug()
    {
        var d = Single(new TestSite().With("glossary/Prior Auth.md", TestSite.Entry("Prior Auth")).Build(), DiagnosticCodes.InvalidSlug);
        At(d, "input/glossary/Prior Auth.md", 0, "not a valid slug");
        Assert.Contains("prior-auth.md", d.Hint);
    }

    [Fact]
    public void GL0005_markdown_outside_content_folders()
    {
        var d = Single(new TestSite().With("notes/todo.md", TestSite.Entry("Todo")).Build(), DiagnosticCodes.MarkdownOutsideContentFolders);
        At(d, "input/notes/todo.md", 0, "outside the content folders");
    }

    [Fact]
    public void GL0006_a_link_that_loops_back_into_its_folder_is_reported_not_followed()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(new TestSite().WithEntry("a", "Alpha"));
        Directory.CreateSymbolicLink(Path.Combine(input, "glossary", "loop"), input);
        var d = Single(BuildFromDisk(input), DiagnosticCodes.UnreadableInput);
        Assert.EndsWith("/glossary/loop", d.File);
        Assert.Equal(0, d.Line);
        Assert.Contains("link to itself or to a folder that contains it", d.Message);
        Assert.Contains("remove the link", d.Hint);
    }

    [Fact]
    public void A_linked_folder_outside_the_input_is_read_like_any_other()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(new TestSite().WithEntry("a", "Alpha"));
        var shared = temp.Combine("shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "b.md"), TestSite.Entry("Beta"));
        Directory.CreateSymbolicLink(Path.Combine(input, "glossary", "shared"), shared);
        var result = BuildFromDisk(input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("glossary/b/index.html", result.Paths);
    }

    private static BuildResult BuildFromDisk(string input) =>
        Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(Glossary.IO.InputReader.Read(input, useGitDates: false), new BuildOptions());
}
