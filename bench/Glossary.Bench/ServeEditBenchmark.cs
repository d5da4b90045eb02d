using System.Diagnostics;
using Glossary.Cli.Serving;

namespace Glossary.Bench;

/// <summary>Edit-to-served time of 'glossary serve': change one entry of a corpus and time until the new page is served.</summary>
public static class ServeEditBenchmark
{
    public static async Task<int> RunAsync(string input, int edits = 7)
    {
        var startup = Stopwatch.StartNew();
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        Console.WriteLine($"first build and start: {startup.ElapsedMilliseconds} ms");
        using var http = new HttpClient { BaseAddress = server.Address };
        var file = Directory.EnumerateFiles(Path.Combine(input, "glossary"), "*.md").Order(StringComparer.Ordinal).First();
        var slug = Path.GetFileNameWithoutExtension(file);
        var original = await File.ReadAllTextAsync(file);
        // As an editor would: the page is open in a tab before the first save.
        await http.GetStringAsync($"/glossary/{slug}/");
        try
        {
            var times = new List<long>();
            for (var i = 1; i <= edits; i++)
            {
                var marker = $"Edited for the benchmark, round {i}.";
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original.Replace("## Examples", marker + "\n\n## Examples"));
                while (!(await http.GetStringAsync($"/glossary/{slug}/")).Contains(marker, StringComparison.Ordinal))
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("the edit was never served");
                    await Task.Delay(10);
                }
                times.Add(clock.ElapsedMilliseconds);
                Console.WriteLine($"edit {i}: served after {clock.ElapsedMilliseconds} ms ({server.Snapshot.Summary})");
            }
            Console.WriteLine($"edit-to-served: best {times.Min()} ms, median {times.Order().ElementAt(times.Count / 2)} ms");
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
        }
        return 0;
    }
}
