using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Pipeline;

/// <summary>Everything the build reads: site.yml's text (null when missing) and every other file of the input folder.</summary>
public sealed record SiteInput(string? SiteYaml, string SiteYamlDisplayPath, ImmutableArray<SourceFile> Files);
