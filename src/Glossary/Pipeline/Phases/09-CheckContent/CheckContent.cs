using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Lints;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 9: content lints beyond what a build requires (readability, stale reviews, sources, orphans…), warnings only;
/// 'glossary check' gives the pipeline its lints, 'build' and 'serve' none.
/// </summary>
public static class CheckContent
{
    public static void Run(Site site, LinkGraph graph, IReadOnlyList<ISiteLint> lints, DiagnosticBag diagnostics)
    {
        foreach (var lint in lints) lint.Check(site, graph, diagnostics);
    }
}
