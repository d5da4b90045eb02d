namespace Glossary.Bench.Hugo;

/// <summary>
/// What the semantic network costs a reader on a built site: the largest page under /network/ and the data files the
/// explorer may fetch (everything else under network/, the largest of them and their total), in kilobytes.
/// </summary>
public static class NetworkSizes
{
    public static string Of(string output)
    {
        var folder = Path.Combine(output, "network");
        if (!Directory.Exists(folder)) return "network: none";
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var pages = files.Where(f => f.Extension == ".html").ToList();
        var data = files.Where(f => f.Extension != ".html").ToList();
        return $"network: {pages.Count} pages, largest {Kb(pages.Max(f => f.Length))} KB; {data.Count} data files, largest "
               + $"{data.MaxBy(f => f.Length)?.Name} {Kb(data.Count == 0 ? 0 : data.Max(f => f.Length))} KB, total {Kb(data.Sum(f => f.Length))} KB";
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}
