using System.Collections.Frozen;
using Glossary.Output;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>What the site will be made of: the pages to render, the other files as they are, and every path they take.</summary>
/// <param name="Written">Every output path, so a page's links can be checked as soon as it is rendered.</param>
/// <param name="BasePath">The path every internal address starts with ("" or "/sub").</param>
public sealed record OutputPlan(IReadOnlyList<PageView> Pages, IReadOnlyList<OutputFile> Files, FrozenSet<string> Written, string BasePath)
{
    /// <summary>Every output path, sorted.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
