using Glossary.IO;
using Glossary.Tests.Support;

namespace Glossary.Tests.Build;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = TestSite.Fixture().Build();
        var second = TestSite.Fixture().Build();
        Assert.True(first.Succeeded);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        for (var i = 0; i < first.Files.Count; i++)
            Assert.True(first.Files[i].Content.AsSpan().SequenceEqual(second.Files[i].Content), $"{first.Files[i].Path} differs between builds");
    }

    [Fact]
    public void Building_the_real_site_twice_writes_identical_folders()
    {
        using var temp = new TempFolder();
        var input = RepoPaths.Input;
        var pipeline = Glossary.Cli.Commands.BuildRunner.CreatePipeline();
        var a = pipeline.Build(InputReader.Read(input), new());
        var b = pipeline.Build(InputReader.Read(input), new());
        Assert.True(a.Succeeded, string.Join("\n", a.Diagnostics));
        OutputWriter.Write(input, temp.Combine("a"), a.Files);
        OutputWriter.Write(input, temp.Combine("b"), b.Files);
        Assert.Equal(TempFolder.Snapshot(temp.Combine("a")), TempFolder.Snapshot(temp.Combine("b")));
    }
}
