using System.Diagnostics;
using Glossary.Bench;
using Glossary.Bench.Corpus;
using Glossary.Bench.Hugo;
using Glossary.Cli.Commands;
using Glossary.IO;
using Glossary.Output;
using Glossary.Pipeline;

// Usage:
//   dotnet run --project bench/Glossary.Bench -c Release -- [N ...] [--no-native]
//                                                                       generate corpora and benchmark them (default 1000 10000)
//   ... -- generate sparse|dense N INPUT                                 write a corpus of N entries
//   ... -- compare [N ...]                                               ours against Hugo, sparse and link-dense corpora (default 1000 10000)
//   ... -- build-once INPUT OUTPUT                                       one measured build in this process (used by the above)
//   ... -- build-warm INPUT N [--full-check]                             N builds in one process, phase by phase (the output check as 'build' runs it, or AngleSharp's)
//   ... -- serve-edit INPUT                                              edit-to-served time of 'glossary serve' on a corpus
//   ... -- search-compare OUTPUT                                         our search vs Pagefind on a built site (needs chromium, npm ci in bench/pagefind)
//   ... -- profile-parse INPUT                                           cold vs warm cost of Markdig, YamlDotNet and the parse module
//   ... -- profile-check OUTPUT                                          the rendered-output check on a built site, against AngleSharp's tokenizer alone
if (args is ["generate", var kindName, var countText, var generateInput])
{
    CorpusGenerator.Generate(generateInput, int.Parse(countText), Enum.Parse<CorpusKind>(kindName, ignoreCase: true));
    return 0;
}

if (args is ["build-once", var onceInput, var onceOutput])
{
    // What 'glossary build' does: read, build while streaming files into a staging folder, then swap it in.
    var clock = Stopwatch.StartNew();
    using var batch = BatchGarbageCollection.Enter();
    var siteInput = InputReader.Read(onceInput, useGitDates: false);
    var readMs = clock.Elapsed.TotalMilliseconds;
    // OUTPUT "-" builds and checks every page without writing (what the machine's cores do, apart from its disk).
    using var staged = onceOutput == "-" ? null : new StagedOutput(onceInput, onceOutput);
    var result = BuildRunner.CreatePipeline(outputCheck: OutputCheck.Fast).Build(siteInput, new BuildOptions(), staged ?? (IOutputSink)NullOutput.Instance);
    if (!result.Succeeded)
    {
        foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
        return 1;
    }
    var beforeCommit = clock.Elapsed.TotalMilliseconds;
    staged?.Commit();
    clock.Stop();
    var commitMs = clock.Elapsed.TotalMilliseconds - beforeCommit;
    Console.Error.WriteLine($"  read {readMs:F0} ms, " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:F0} ms"))
                            + $", finish writing and swap {commitMs:F0} ms; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; "
                            + $"CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
    Console.WriteLine($"{clock.Elapsed.TotalMilliseconds:F0} {commitMs:F0} {PeakMemory.MegabytesOfThisProcess():F0} {result.PageCount}");
    return 0;
}

if (args is ["build-warm", var warmInput, var rounds, ..])
{
    // The same build repeated in one process: the first round pays for JIT compilation, later rounds show steady state.
    var siteInput = InputReader.Read(warmInput, useGitDates: false);
    var pipeline = BuildRunner.CreatePipeline(outputCheck: args.Contains("--full-check") ? OutputCheck.Full : OutputCheck.Fast);
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

if (args is ["update-warm", var updateInput, var updateRounds, .. var updateWhat])
{
    // With "summary", each round edits the entry's summary (shown on many pages) instead of its body.
    var editSummary = updateWhat is ["summary"];
    // A build, then repeated one-entry edits through SitePipeline.Update (what 'serve' does after a save), phase by phase.
    var siteInput = InputReader.Read(updateInput, useGitDates: false);
    var pipeline = BuildRunner.CreatePipeline();
    var state = pipeline.Build(siteInput, new BuildOptions()).State!;
    var file = siteInput.Files.First(f => f.RelativePath.StartsWith("glossary/", StringComparison.Ordinal));
    var text = System.Text.Encoding.UTF8.GetString(file.Bytes);
    for (var round = 0; round < int.Parse(updateRounds); round++)
    {
        var clock = Stopwatch.StartNew();
        var edited = file with
        {
            Bytes = System.Text.Encoding.UTF8.GetBytes(editSummary
                ? text.Replace("\nsummary: ", $"\nsummary: Edited {round} ")
                : text.Replace("## Examples", $"Edited, round {round}.\n\n## Examples")),
        };
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

if (args is ["compare", .. var compareSizes])
{
    var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
    return HugoComparison.Run(root, typeof(CorpusGenerator).Assembly.Location, compareSizes.Length == 0 ? [1000, 10000] : [.. compareSizes.Select(int.Parse)]);
}

if (args is ["profile-check", var checkOutput])
{
    CheckProfile.Run(checkOutput);
    return 0;
}

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
        Parallel.ForEach(texts, t => Markdig.Markdown.Parse(t, pipeline));
        Console.WriteLine($"markdig full parallel: {c.ElapsedMilliseconds} ms");
        c.Restart();
        var frontMatters = texts.Select(t => t.Split("---")[1]).ToList();
        var bag0 = new Glossary.Diagnostics.DiagnosticBag();
        foreach (var y in frontMatters) Glossary.Content.FrontMatterReader.Read(y, "x", 1, Glossary.Content.DocumentKind.Entry, bag0);
        Console.WriteLine($"FrontMatterReader: {c.ElapsedMilliseconds} ms");
        c.Restart();
        Parallel.ForEach(frontMatters, y => Glossary.Content.FrontMatterReader.Read(y, "x", 1, Glossary.Content.DocumentKind.Entry, bag0));
        Console.WriteLine($"FrontMatterReader parallel: {c.ElapsedMilliseconds} ms");
        c.Restart();
        foreach (var t in texts) Markdig.Markdown.Parse(t, plain);
        Console.WriteLine($"markdig plain: {c.ElapsedMilliseconds} ms");
        c.Restart();
        var yamls = texts.Select(t => t.Split("---")[1]).ToList();
        foreach (var y in yamls) { var stream = new YamlDotNet.RepresentationModel.YamlStream(); stream.Load(new StringReader(y)); }
        Console.WriteLine($"yaml: {c.ElapsedMilliseconds} ms");
        c.Restart();
        Parallel.ForEach(yamls, y => { var stream = new YamlDotNet.RepresentationModel.YamlStream(); stream.Load(new StringReader(y)); });
        Console.WriteLine($"yaml parallel: {c.ElapsedMilliseconds} ms");
        c.Restart();
        foreach (var y in yamls) { var scanner = new YamlDotNet.Core.Scanner(new StringReader(y)); while (scanner.MoveNext()) { } }
        Console.WriteLine($"yaml scanner: {c.ElapsedMilliseconds} ms");
        c.Restart();
        Parallel.ForEach(yamls, y => { var scanner = new YamlDotNet.Core.Scanner(new StringReader(y)); while (scanner.MoveNext()) { } });
        Console.WriteLine($"yaml scanner parallel: {c.ElapsedMilliseconds} ms");
        c.Restart();
        var bag = new Glossary.Diagnostics.DiagnosticBag();
        foreach (var f in siteInput.Files.Where(f => f.IsMarkdown)) Glossary.Pipeline.Phases.ParseDocuments.Run(f, pipeline, bag);
        Console.WriteLine($"ParseDocuments serial: {c.ElapsedMilliseconds} ms");
        c.Restart();
        Glossary.Pipeline.Phases.ParseDocuments.Run(siteInput.Files, pipeline, bag);
        Console.WriteLine($"ParseDocuments parallel: {c.ElapsedMilliseconds} ms; gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)}");
    }
    return 0;
}

var sizes = args.Where(a => a != "--no-native").Select(int.Parse).ToArray();
if (sizes.Length == 0) sizes = [1000, 10000];
var benchRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
var self = typeof(CorpusGenerator).Assembly.Location;
// 'glossary build' compiled ahead of time, as the README publishes it (skipped with --no-native or without a C compiler).
var native = args.Contains("--no-native") ? null : NativeCli.Publish(Path.GetDirectoryName(benchRoot)!);
// Per size, three fresh processes of each kind, best of three:
// "compute" reads the input and builds and checks every page without writing it (output "-");
// "build" also streams every file into a staging folder and swaps it in for the previous output, as 'glossary build'
// does; "after render" is the part of it spent waiting for the last writes, the swap and deleting the old output.
// This machine's disk is slow and erratic: the same 10,000 folders and files took 1.2 s to 8 s to write from Python
// from one run to the next, so compare "compute" across changes and read "build" as what the disk allowed that day.
// "process wall" adds the start of the .NET process and JIT compilation to "build".
// "native build" is the whole 'glossary build' command, compiled ahead of time, from start to exit.
Console.WriteLine($"{"entries",8} {"pages",7} {"compute ms",11} {"build ms",9} {"after render ms",16} {"process wall ms",16} {"peak MB",8} {"native build ms",16} {"native peak MB",15}");
foreach (var n in sizes)
{
    var corpus = Path.Combine(benchRoot, $"corpus-{n}");
    var input = Path.Combine(corpus, "input");
    CorpusGenerator.Generate(input, n);
    var compute = Enumerable.Range(0, 3).Select(_ => Run(input, "-")).ToList();
    // JIT and native builds take turns, so both meet the same disk: each build leaves writes for the disk to flush
    // and deletes the output before it, which slows whichever build comes next.
    var builds = new List<(double BuildMs, double CommitMs, double WallMs, double PeakMb, int Pages)>();
    var nativeBuilds = new List<(double WallMs, double PeakMb)>();
    for (var round = 0; round < 3; round++)
    {
        builds.Add(Run(input, Path.Combine(corpus, "output")));
        if (native is not null) nativeBuilds.Add(NativeCli.Build(native, input, Path.Combine(corpus, "output")));
    }
    var best = builds.MinBy(r => r.BuildMs);
    var nativeColumns = nativeBuilds.Count == 0 ? $"{"-",16} {"-",15}" : $"{nativeBuilds.Min(r => r.WallMs),16:F0} {nativeBuilds.Max(r => r.PeakMb),15:F0}";
    Console.WriteLine($"{n,8} {best.Pages,7} {compute.Min(r => r.BuildMs),11:F0} {best.BuildMs,9:F0} {best.CommitMs,16:F0} {best.WallMs,16:F0} "
                      + $"{compute.Concat(builds).Max(r => r.PeakMb),8:F0} {nativeColumns}");
}
return 0;

(double BuildMs, double CommitMs, double WallMs, double PeakMb, int Pages) Run(string input, string output)
{
    var wall = Stopwatch.StartNew();
    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    foreach (var a in new[] { self, "build-once", input, output }) info.ArgumentList.Add(a);
    using var process = Process.Start(info)!;
    var line = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    wall.Stop();
    if (process.ExitCode != 0) throw new InvalidOperationException($"build of {input} failed");
    var parts = line.Split(' ');
    return (double.Parse(parts[0]), double.Parse(parts[1]), wall.Elapsed.TotalMilliseconds, double.Parse(parts[2]), int.Parse(parts[3]));
}
