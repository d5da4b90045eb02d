using Glossary.Diagnostics;

namespace Glossary.Yaml;

/// <summary>
/// What can still be read of YAML that does not parse: each top-level key (its line and the indented or '- ' lines
/// under it) is kept if it parses on its own, and blanked otherwise. Lines keep their numbers, so positions stay true.
/// For "title: Medical Necessity" above a broken "aliases: [IOP", the title is still known.
/// </summary>
public static class YamlSalvage
{
    public static string ReadableKeys(string yaml)
    {
        var lines = yaml.Split('\n');
        var start = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i < lines.Length && !StartsKey(lines[i])) continue;
            if (!Parses(string.Join('\n', lines[start..i])))
                for (var j = start; j < i; j++) lines[j] = "";
            start = i;
        }
        var kept = string.Join('\n', lines);
        // Keys that read alone may still clash together (the same key twice): then nothing is kept.
        return Parses(kept) ? kept : "";
    }

    private static bool StartsKey(string line) => line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('-' or '#');

    private static bool Parses(string yaml) => YamlDocumentLoader.LoadMapping(yaml, "", 0, new DiagnosticBag(), "") is not null;
}
