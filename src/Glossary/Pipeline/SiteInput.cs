using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;

namespace Glossary.Pipeline;

/// <summary>Everything the build reads: site.yml's text (null when missing) and every other file of the input folder.</summary>
public sealed record SiteInput(string? SiteYaml, string SiteYamlDisplayPath, ImmutableArray<SourceFile> Files)
{
    /// <summary>site.yml as text with its path, for diagnostics that point into it (empty when missing).</summary>
    public SourceText SiteYamlSource => new(SiteYamlDisplayPath, SiteYaml ?? "");

    /// <summary>Files and folders of the input that could not be read; each fails the build like any content error.</summary>
    public ImmutableArray<Diagnostic> ReadProblems { get; init; } = [];
}
