using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Explain;
using Glossary.Linking;
using Glossary.Output;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 8: reads input/data/ (<see cref="ExplainInputReader"/>), finds the pages data/explain.yml names as next steps
/// (each written as the address of a guide, entry or page) and writes the "Explain my letter" page's data file
/// (<see cref="ExplainDataFile"/>), recording what it reads under <see cref="ExplainDataFile.Route"/>.
/// </summary>
public static class EmitExplainData
{
    /// <param name="reads">Where the data file records what it reads (a build kept for an update), or null.</param>
    public static ExplainData Run(Site site, SiteRoutes routes, ImmutableArray<SourceFile> files, ReadLog? reads, DiagnosticBag diagnostics)
    {
        var input = ExplainInputReader.Read(files.Where(f => !f.IsMarkdown && ContentLayout.IsData(f.RelativePath)), diagnostics);
        return ReadLog.Record(reads, ExplainDataFile.Route(site.Config.Language), () => Create(site, routes, input, diagnostics));
    }

    /// <summary>
    /// The data after an edit (an update): made again from the input kept when <paramref name="only"/> names it, with
    /// the file it replaces, whose name was the hash of what it held; else the previous data, and no file.
    /// </summary>
    public static (ExplainData Data, IReadOnlyList<OutputFile> Files, IReadOnlyList<string> Removed) Run(ExplainData previous, Site site,
        SiteRoutes routes, ReadLog reads, IReadOnlySet<string> only, DiagnosticBag diagnostics)
    {
        var route = ExplainDataFile.Route(site.Config.Language);
        if (!only.Contains(route)) return (previous, [], []);
        var data = ReadLog.Record(reads, route, () => Create(site, routes, previous.Input, diagnostics));
        return (data, [data.File], data.File.Path == previous.File.Path ? [] : [previous.File.Path]);
    }

    private static ExplainData Create(Site site, SiteRoutes routes, ExplainInput input, DiagnosticBag diagnostics)
    {
        var steps = ImmutableArray.CreateBuilder<ContentDocument>();
        foreach (var path in input.NextSteps)
        {
            if (routes.DocumentAt(path.Value) is { } document)
            {
                if (!steps.Contains(document)) steps.Add(document);
                continue;
            }
            diagnostics.Error(path.Span, DiagnosticCodes.BrokenLink,
                $"next step '{path.Value}' is not the address of a guide, entry or page{DidYouMean.Phrase(path.Value, site.Documents.Select(d => d.Url))}",
                "write the address of a guide or entry as the site shows it, such as /guides/appealing-a-mental-health-denial/");
        }
        return ExplainDataFile.Create(site, input, steps.ToImmutable());
    }
}
