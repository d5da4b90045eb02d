using System.Text;
using System.Text.Json;
using Glossary.Languages;

namespace Glossary.Bench.Corpus;

/// <summary>
/// Adds a Spanish translation to a generated corpus: 'languages' in site.yml (every theme text, marked as Spanish) and
/// a twin of every entry under es/glossary/, the same text with a Spanish title and its source_hash, so the build
/// makes, links, indexes and checks a second site as large as the first.
/// </summary>
public static class SpanishTwins
{
    public static void Add(string inputFolder)
    {
        var siteYaml = Path.Combine(inputFolder, "site.yml");
        File.AppendAllText(siteYaml, Languages());
        var glossary = Path.Combine(inputFolder, "glossary");
        var twins = Path.Combine(inputFolder, "es", "glossary");
        Directory.CreateDirectory(twins);
        foreach (var file in Directory.EnumerateFiles(glossary, "*.md").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var text = Encoding.UTF8.GetString(bytes).Replace("\ntitle: ", "\ntitle: ES ", StringComparison.Ordinal);
            var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            text = text[..(end + 1)] + $"source_hash: {SourceHash.Of(bytes)}\n" + text[(end + 1)..];
            File.WriteAllText(Path.Combine(twins, Path.GetFileName(file)), text);
        }
    }

    private static string Languages()
    {
        var sb = new StringBuilder("\nlanguages:\n  - code: en\n    name: English\n  - code: es\n    name: Español\n    title: Glosario de prueba\n    strings:\n");
        foreach (var key in ThemeStrings.Keys)
            sb.Append("      ").Append(key).Append(": ").Append(JsonSerializer.Serialize("ES " + ThemeStrings.English[key])).Append('\n');
        return sb.ToString();
    }
}
