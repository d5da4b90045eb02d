using Glossary.Output;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 14: renders every page of the plan through the theme and hands each on as soon as it is made, first to the
/// output check (<see cref="VerifyOutput"/> scans its links) and then to the sink (a staging folder, memory, or
/// nothing for 'check'), so no page waits in memory for the others; the plan's other files follow the same way.
/// </summary>
public static class RenderPages
{
    public static RenderedPages Run(OutputPlan plan, IPageRenderer renderer, IOutputSink sink, OutputCheck reading)
    {
        sink.Expect(plan.Paths);
        var check = new VerifyOutput(plan.Written, plan.BasePath, reading);
        renderer.Render(plan.Pages, (i, html) =>
        {
            var page = new OutputFile(plan.Pages[i].OutputPath, html);
            check.Check(page);
            sink.Add(page);
        });
        foreach (var file in plan.Files)
        {
            check.Check(file);
            sink.Add(file);
        }
        return new RenderedPages(check);
    }
}

/// <summary>What rendering leaves for <see cref="VerifyOutput"/>: every page's links, scanned as it was rendered.</summary>
public sealed record RenderedPages(VerifyOutput Scan);
