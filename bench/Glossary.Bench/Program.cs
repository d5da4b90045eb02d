using System.Diagnostics;
using Glossary.Bench;
using Glossary.Cli.Commands;
using Glossary.IO;
using Glossary.Pipeline;

// Usage:
//   dotnet run --project bench/Glossary.Bench -c Release -- [N ...]     generate corpora and benchmark them (default 1000 10000)
//   ... -- build-once INPUT OUTPUT                                       one measured build in this process (used by the above)
//   ... -- serve-edit INPUT                                              edit-to-served time of 'glossary serve' on a corpus
//   ... -- search-compare OUTPUT                                         our search vs Pagefind on a built site (needs chromium, npm ci in bench/pagefind)
//   ... -- profile-parse INPUT                                           cold vs warm cost of Markdig, YamlDotNet and the parse module
if (args is ["build-once", var onceInput, var onceOutput])
{
    var clock = Stopwatch.StartNew();
    var siteInput = InputReader.Read(onceInput, useGitDates: false);
    var readMs = clock.Elapsed.TotalMilliseconds;
    var result = BuildRunner.CreatePipeline().Build(siteInput, new BuildOptions());
    if (!result.Succeeded)
    {
        foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
        return 1;
    }
    var beforeWrite = clock.Elapsed.TotalMilliseconds;
    OutputWriter.Write(onceInput, onceOutput, result.Files);
    clock.Stop();
    Console.Error.WriteLine($"  read {readMs:F0} ms, " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F0} ms"))
                            + $", write {clock.Elapsed.TotalMilliseconds - beforeWrite:F0} ms");
    Console.WriteLine($"{beforeWrite:F0} {clock.Elapsed.TotalMilliseconds - beforeWrite:F0} {PeakMemory.MegabytesOfThisProcess():F0} {result.PageCount}");
    return 0;
}

if (args is ["build-warm", var warmInput, var rounds])
{
    // The same build repeated in one process: the first round pays for JIT compilation, later rounds show steady state.
    var siteInput = InputReader.Read(warmInput, useGitDates: false);
    var pipeline = BuildRunner.CreatePipeline();
    for (var round = 0; round < int.Parse(rounds); round++)
    {
        var clock = Stopwatch.StartNew();
        var pausedBefore = GC.GetTotalPauseDuration();
        var result = pipeline.Build(siteInput, new BuildOptions());
        Console.WriteLine($"round {round}: {clock.ElapsedMilliseconds} ms (GC pauses {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms, "
                          + $"gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}): "
                          + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F0}")));
    }
    return 0;
}

if (args is ["update-warm", var updateInput, var updateRounds])
{
    // A build, then repeated one-entry edits through SitePipeline.Update (what 'serve' does after a save), phase by phase.
    var siteInput = InputReader.Read(updateInput, useGitDates: false);
    var pipeline = BuildRunner.CreatePipeline();
    var state = pipeline.Build(siteInput, new BuildOptions()).State!;
    var file = siteInput.Files.First(f => f.RelativePath.StartsWith("glossary/", StringComparison.Ordinal));
    var text = System.Text.Encoding.UTF8.GetString(file.Bytes);
    for (var round = 0; round < int.Parse(updateRounds); round++)
    {
        var clock = Stopwatch.StartNew();
        var edited = file with { Bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("## Examples", $"Edited, round {round}.\n\n## Examples")) };
        var result = pipeline.Update(state, edited, new BuildOptions());
        Console.WriteLine(result is null ? $"round {round}: full build needed" :
            $"round {round}: {clock.Elapsed.TotalMilliseconds:F1} ms, {result.ChangedPaths.Count} files: " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F1}")));
        if (result?.State is { } next) state = next;
    }
    return 0;
}

if (args is ["serve-edit", var serveInput])
    return await ServeEditBenchmark.RunAsync(Path.GetFullPath(serveInput));

if (args is ["search-compare", var compareOutput])
    return await SearchComparison.RunAsync(Path.GetFullPath(compareOutput),
        Path.Combine(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..")), "pagefind", "node_modules", ".bin", "pagefind"));

if (args is ["profile-parse", var profileInput])
{
    var siteInput = InputReader.Read(profileInput, useGitDates: false);
    var texts = siteInput.Files.Where(f => f.IsMarkdown).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)).ToList();
    var pipeline = Glossary.Markdown.MarkdownPipelineFactory.Create();
    var plain = Markdig.MarkdownExtensions.UseYamlFrontMatter(new Markdig.MarkdownPipelineBuilder()).Build();
    for (var round = 0; round < 2; round++)
    {
        var c = Stopwatch.StartNew();
        foreach (var t in texts) Markdig.Markdown.Parse(t, pipeline);
        Console.WriteLine($"markdig full: {c.ElapsedMilliseconds} ms");
        c.Restart();
        foreach (var t in texts) Markdig.Markdown.Parse(t, plain);
        Console.WriteLine($"markdig plain: {c.ElapsedMilliseconds} ms");
        c.Restart();
        foreach (var t in texts) { var y = new YamlDotNet.RepresentationModel.YamlStream(); y.Load(new StringReader(t.Split("---")[1])); }
        Console.WriteLine($"yaml: {c.ElapsedMilliseconds} ms");
        c.Restart();
        var bag = new Glossary.Diagnostics.DiagnosticBag();
        var parser = new Glossary.Modules.ParseDocuments(pipeline);
        foreach (var f in siteInput.Files.Where(f => f.IsMarkdown)) parser.Parse(f, bag);
        Console.WriteLine($"ParseDocuments serial: {c.ElapsedMilliseconds} ms");
        c.Restart();
        parser.Execute(siteInput.Files.Where(f => f.IsMarkdown).ToList(), bag);
        Console.WriteLine($"ParseDocuments parallel: {c.ElapsedMilliseconds} ms; gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)}");
    }
    return 0;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1000, 10000];
var benchRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
var self = typeof(CorpusGenerator).Assembly.Location;
// "generate" is reading input and producing every output file in memory; "write" is the staging write and swap,
// which depends mostly on the disk (on this machine's virtual disk it varied 0.7 s to 8 s for the same 10,000 files).
Console.WriteLine($"{"entries",8} {"pages",7} {"generate ms",12} {"write ms",9} {"build ms",9} {"process wall ms",16} {"peak MB",8}   (best of 3 by build ms)");
foreach (var n in sizes)
{
    var corpus = Path.Combine(benchRoot, $"corpus-{n}");
    var input = Path.Combine(corpus, "input");
    CorpusGenerator.Generate(input, n);
    var runs = new List<(double GenerateMs, double WriteMs, double WallMs, double PeakMb, int Pages)>();
    for (var run = 0; run < 3; run++)
    {
        var wall = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var a in new[] { self, "build-once", input, Path.Combine(corpus, "output") }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        wall.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"build of corpus-{n} failed");
        var parts = line.Split(' ');
        runs.Add((double.Parse(parts[0]), double.Parse(parts[1]), wall.Elapsed.TotalMilliseconds, double.Parse(parts[2]), int.Parse(parts[3])));
    }
    var best = runs.MinBy(r => r.GenerateMs + r.WriteMs);
    Console.WriteLine($"{n,8} {best.Pages,7} {best.GenerateMs,12:F0} {best.WriteMs,9:F0} {best.GenerateMs + best.WriteMs,9:F0} {best.WallMs,16:F0} {runs.Max(r => r.PeakMb),8:F0}");
}
return 0;
