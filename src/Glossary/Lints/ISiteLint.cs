using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;

namespace Glossary.Lints;

/// <summary>A content check beyond what a build requires: it reports warnings, never changes anything.</summary>
public interface ISiteLint
{
    void Check(Site site, LinkGraph graph, DiagnosticBag diagnostics);
}
