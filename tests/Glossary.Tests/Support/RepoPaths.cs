namespace Glossary.Tests.Support;

/// <summary>Locates the repository root (the folder holding Glossary.sln) from the test's run folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Glossary.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find Glossary.sln above " + AppContext.BaseDirectory);
    }
}
