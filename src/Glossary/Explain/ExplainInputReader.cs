using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Pipeline.Phases;
using Glossary.Text;

namespace Glossary.Explain;

/// <summary>
/// Reads the files of input/data/ (never published): data/cpt-codes.yml and data/explain.yml, both optional. Any other
/// file there is reported, since the build would silently ignore it (a misspelt name, usually).
/// </summary>
public static class ExplainInputReader
{
    private static readonly string[] Known = [CptCodesReader.FileName, ExplainSettingsReader.FileName];

    public static ExplainInput Read(IEnumerable<SourceFile> dataFiles, DiagnosticBag diagnostics)
    {
        var input = ExplainInput.Empty;
        foreach (var file in dataFiles.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var name = file.RelativePath[(ContentLayout.DataFolder.Length + 1)..];
            if (!Known.Contains(name))
            {
                diagnostics.Error(SourceLocation.WholeFile(file.DisplayPath), DiagnosticCodes.UnknownKey,
                    $"unknown data file '{name}'{DidYouMean.Phrase(name, Known)}",
                    $"the build reads only these files from data/: {string.Join(", ", Known)}; rename this one or move it out of data/");
                continue;
            }
            if (ParseDocuments.DecodeUtf8(file, diagnostics) is not { } text) continue;
            if (name == CptCodesReader.FileName)
                input = input with { Codes = CptCodesReader.Read(text, file.DisplayPath, diagnostics) };
            else
            {
                var (words, nextSteps) = ExplainSettingsReader.Read(text, file.DisplayPath, diagnostics);
                input = input with { DenialWords = words, NextSteps = nextSteps };
            }
        }
        return input;
    }
}
