using System.Collections.Immutable;
using Glossary.Diagnostics;
using Glossary.Yaml;

namespace Glossary.Explain;

/// <summary>
/// Reads data/explain.yml: 'denial_words' (words and phrases that signal a denial) and 'next_steps' (site addresses of
/// the guides and entries to show first when a letter contains one). The addresses are checked once the site's pages
/// are known (<see cref="Pipeline.Phases.EmitExplainData"/>).
/// </summary>
public static class ExplainSettingsReader
{
    public const string FileName = "explain.yml";

    private static readonly string[] Keys = ["denial_words", "next_steps"];

    public static (ImmutableArray<string> DenialWords, ImmutableArray<Located<string>> NextSteps) Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.LoadMapping(yaml, displayPath, 0, diagnostics, FileName) is not { } map) return ([], []);
        var fields = new YamlFields(map, displayPath, 0, diagnostics, Keys, FileName);
        var words = fields.StringList("denial_words");
        foreach (var word in words.Where(w => !w.Value.Any(char.IsLetterOrDigit)))
            diagnostics.Error(word.Span, DiagnosticCodes.InvalidValue, $"denial word '{word.Value}' has no letters, so no letter could contain it",
                "write a word or phrase as letters print it, such as 'not medically necessary'");
        return ([.. words.Where(w => w.Value.Any(char.IsLetterOrDigit)).Select(w => w.Value).Distinct(StringComparer.OrdinalIgnoreCase)],
            fields.StringList("next_steps"));
    }
}
