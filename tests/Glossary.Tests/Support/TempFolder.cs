namespace Glossary.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "glossary-tests-" + Guid.NewGuid().ToString("N"));

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a TestSite's files to disk as an input folder.</summary>
    public string WriteInput(TestSite site, string name = "input")
    {
        var input = Combine(name);
        Directory.CreateDirectory(input);
        var source = site.ToInput();
        if (source.SiteYaml is not null) File.WriteAllText(System.IO.Path.Combine(input, "site.yml"), source.SiteYaml);
        foreach (var file in source.Files)
        {
            var path = System.IO.Path.Combine(input, file.RelativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
        return input;
    }

    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
