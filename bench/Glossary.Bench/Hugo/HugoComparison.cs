using Glossary.Bench.Corpus;

namespace Glossary.Bench.Hugo;

/// <summary>
/// Our build against Hugo's over the same entries, side by side in one run: for each corpus (sparse, link-dense) and
/// size, three rounds taking turns (ours, then Hugo), each a fresh process writing to tmpfs where there is one.
/// Absolute times on a shared machine are noise; the ratio of the medians is the figure. Hugo is Debian's
/// (apt-get install -y hugo), never installed by the build.
/// </summary>
public static class HugoComparison
{
    private const int Rounds = 3;

    public static int Run(string benchRoot, string self, IReadOnlyList<int> sizes)
    {
        var hugo = new[] { "/usr/bin/hugo", "/usr/local/bin/hugo" }.FirstOrDefault(File.Exists);
        if (hugo is null) Console.Error.WriteLine("hugo not found (apt-get install -y hugo): measuring ours alone");
        // Named after the checkout, so two checkouts benchmarking at once never share (and delete) each other's output.
        var scratch = Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "glossary-bench-" + Path.GetFileName(Path.GetDirectoryName(benchRoot))) : Path.Combine(benchRoot, "scratch");
        Console.WriteLine($"output on {scratch}; median of {Rounds} fresh processes each, taking turns");
        Console.WriteLine($"{"corpus",-7} {"entries",7} {"links/page",10} {"ours s",7} {"Hugo s",7} {"ratio",6} {"ours MB",8} {"Hugo MB",8}  our phases, ms (median run)");
        foreach (var kind in new[] { CorpusKind.Sparse, CorpusKind.Dense })
            foreach (var n in sizes)
                Compare(kind, n, benchRoot, scratch, self, hugo);
        return 0;
    }

    private static void Compare(CorpusKind kind, int n, string benchRoot, string scratch, string self, string? hugo)
    {
        var name = kind.ToString().ToLowerInvariant();
        var corpus = Path.Combine(benchRoot, $"corpus-{name}-{n}");
        var input = Path.Combine(corpus, "input");
        var hugoSite = Path.Combine(corpus, "hugo");
        CorpusGenerator.Generate(input, n, kind);
        HugoSite.Write(input, hugoSite);
        var ours = new List<ProcessPeak.Run>();
        var theirs = new List<ProcessPeak.Run>();
        var oursOut = Path.Combine(scratch, $"ours-{name}-{n}");
        var hugoOut = Path.Combine(scratch, $"hugo-{name}-{n}");
        for (var round = 0; round < Rounds; round++)
        {
            Clean(oursOut);
            ours.Add(ProcessPeak.Measure("dotnet", [self, "build-once", input, oursOut]));
            if (hugo is null) continue;
            Clean(hugoOut);
            theirs.Add(ProcessPeak.Measure(hugo, ["--source", hugoSite, "--destination", hugoOut, "--quiet"]));
        }
        var linksPerPage = LinksPerPage(oursOut);
        var network = NetworkSizes.Of(oursOut);
        Clean(oursOut);
        Clean(hugoOut);
        var median = ours.OrderBy(r => r.WallMs).ElementAt(Rounds / 2);
        var hugoMedian = theirs.Count == 0 ? null : theirs.OrderBy(r => r.WallMs).ElementAt(Rounds / 2);
        var hugoColumns = hugoMedian is null ? $"{"-",7} {"-",6}" : $"{hugoMedian.WallMs / 1000,7:F2} {median.WallMs / hugoMedian.WallMs,5:F2}x";
        Console.WriteLine($"{name,-7} {n,7} {linksPerPage,10:F0} {median.WallMs / 1000,7:F2} {hugoColumns} {ours.Max(r => r.PeakMb),8:F0} "
                          + $"{(theirs.Count == 0 ? "-" : theirs.Max(r => r.PeakMb).ToString("F0")),8}  {median.Error.Trim()}");
        Console.WriteLine($"{"",16}{network}");
    }

    /// <summary>Median number of links to entries on an entry page of our output: how dense the corpus reads.</summary>
    private static double LinksPerPage(string output)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(output, "glossary"), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200).ToList();
        if (pages.Count == 0) return 0;
        var counts = pages.Select(p => CountOf(File.ReadAllText(p), "<a href=\"/glossary/t")).Order().ToList();
        return counts[counts.Count / 2];
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static void Clean(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
