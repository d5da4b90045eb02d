using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;

namespace Glossary.Languages;

/// <summary>
/// Which input files belong to which language: a translation's files live in its folder (input/es/), at the same path
/// as their twin in the default language (input/es/glossary/iop.md ↔ input/glossary/iop.md); everything else belongs
/// to the default language. A translation's files are handed on with their folder taken off the relative path, so
/// they parse, link and publish as the default language's do (under the translation's base path); their display path
/// keeps it, so diagnostics name the real file.
/// </summary>
public static class LanguageFiles
{
    public static ImmutableArray<SourceFile> Of(SiteConfig language, SiteConfig defaultLanguage, ImmutableArray<SourceFile> files)
    {
        if (language.OutputFolder.Length > 0)
            return [.. files.Where(f => f.RelativePath.StartsWith(language.OutputFolder, StringComparison.Ordinal))
                .Select(f => f with { RelativePath = f.RelativePath[language.OutputFolder.Length..] })];
        return [.. files.Where(f => !defaultLanguage.Translations.Any(t => f.RelativePath.StartsWith(t.OutputFolder, StringComparison.Ordinal)))];
    }

    /// <summary>The relative path of a file of <paramref name="language"/> in the input folder ("es/glossary/iop.md").</summary>
    public static string InputPath(SiteConfig language, string relativePath) => language.OutputFolder + relativePath;
}
