using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Explain;
using Glossary.Linking;
using Glossary.Text;

namespace Glossary.Modules;

/// <summary>
/// PostProcess phase: finds the pages data/explain.yml names as next steps (each written as the address of a guide, entry or
/// page) and writes the "Explain my letter" page's data file (<see cref="ExplainDataFile"/>).
/// </summary>
public static class EmitExplainData
{
    public static ExplainData Execute(Site site, SiteRoutes routes, ExplainInput input, DiagnosticBag diagnostics)
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
