using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Glossary.Pipeline.Phases;
using Glossary.Output;

namespace Glossary.Bench;

/// <summary>
/// What the rendered-output check costs on a built site, against its floor: AngleSharp's tokenizer alone, reading
/// every page and emitting nothing; and the fast check ('glossary build'), which reads the same attributes with
/// <see cref="HtmlAttributeScanner"/>. Best of three, on one thread and on every core.
/// </summary>
public static class CheckProfile
{
    public static void Run(string outputFolder)
    {
        var files = Directory.GetFiles(outputFolder, "*", SearchOption.AllDirectories)
            .Select(p => new OutputFile(Path.GetRelativePath(outputFolder, p).Replace('\\', '/'), File.ReadAllBytes(p)))
            .ToArray();
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        var written = files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal);
        Console.WriteLine($"{pages.Length} pages, {pages.Sum(p => (long)p.Content.Length) / 1e6:F0} MB of HTML");
        Report("AngleSharp tokenizer alone", parallel => ForEach(pages, parallel, Tokenize));
        foreach (var reading in new[] { OutputCheck.Full, OutputCheck.Fast })
            Report($"VerifyOutput.Check ({reading})", parallel =>
            {
                var check = new VerifyOutput(written, "", reading);
                ForEach(pages, parallel, check.Check);
            });
    }

    private static void Report(string what, Action<bool> run)
    {
        foreach (var parallel in new[] { false, true })
        {
            var best = Enumerable.Range(0, 3).Min(_ =>
            {
                var clock = Stopwatch.StartNew();
                run(parallel);
                return clock.Elapsed.TotalMilliseconds;
            });
            Console.WriteLine($"{what}, {(parallel ? $"{Environment.ProcessorCount} threads" : "1 thread")}: {best:F0} ms");
        }
    }

    private static void ForEach(OutputFile[] pages, bool parallel, Action<OutputFile> action)
    {
        if (parallel) Parallel.ForEach(pages, action);
        else foreach (var page in pages) action(page);
    }

    private static void Tokenize(OutputFile page)
    {
        using var source = new TextSource(new ReadOnlyByteTextSource(page.Content, Encoding.UTF8));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            ShouldEmitAttribute = static (ref _, _) => false,
        };
        while (tokenizer.GetStructToken().Type != HtmlTokenType.EndOfFile) { }
    }
}
