using System.Diagnostics;
using Glossary.IO;

namespace Glossary.Bench;

/// <summary>
/// Cold against warm cost of the parse phase's parts ('profile-parse'): Markdig with the site's extensions and without,
/// YamlDotNet's representation model and scanner, the front-matter reader and the phase itself, serial and parallel.
/// </summary>
public static class ParseProfile
{
    public static int Run(string input)
    {
        var siteInput = InputReader.Read(input, useGitDates: false);
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
}
