using Glossary.Configuration;
using Glossary.Diagnostics;

namespace Glossary.Pipeline.Phases;

/// <summary>Phase 1: site.yml becomes the <see cref="SiteConfig"/> (with --base-url applied); null when it is missing or unreadable.</summary>
public static class ReadConfig
{
    public static SiteConfig? Run(SiteInput input, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (input.SiteYaml is null)
        {
            diagnostics.Error(SourceLocation.WholeFile(input.SiteYamlDisplayPath), DiagnosticCodes.MissingSiteConfig,
                "site.yml is missing", $"create {input.SiteYamlDisplayPath} with at least 'title:' and 'base_url:'");
            return null;
        }
        return SiteConfigReader.Read(input.SiteYaml, input.SiteYamlDisplayPath, diagnostics, options.BaseUrlOverride);
    }
}
