using System.Collections.Immutable;
using System.Globalization;
using Glossary.Diagnostics;
using Glossary.Text;
using YamlDotNet.RepresentationModel;

namespace Glossary.Yaml;

/// <summary>
/// Reads typed values out of one YAML mapping and reports every problem with its file position.
/// Unknown keys are reported when the reader is created, with a did-you-mean among the known keys.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    // Known keys that an unknown key was reported as a likely misspelling of: 'sumary' already says 'summary' is
    // meant, so a missing 'summary' is not reported a second time.
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, int lineOffset, DiagnosticBag diagnostics, IReadOnlyCollection<string> knownKeys, string context)
    {
        _map = map;
        File = file;
        LineOffset = lineOffset;
        Diagnostics = diagnostics;
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                diagnostics.Error(SpanOf(keyNode), DiagnosticCodes.WrongType, $"a key in {context} must be plain text",
                    "write keys as simple words followed by a colon, such as 'title:'");
                continue;
            }
            if (!knownKeys.Contains(key))
            {
                var suggestion = DidYouMean.Suggest(key, knownKeys);
                if (suggestion is not null) _misspelt.Add(suggestion);
                diagnostics.Error(SpanOf(keyNode), DiagnosticCodes.UnknownKey,
                    $"unknown key '{key}' in {context}{DidYouMean.Phrase(suggestion)}",
                    $"the keys allowed here are: {string.Join(", ", knownKeys.Order(StringComparer.Ordinal))}");
                continue;
            }
            _entries[key] = (scalarKey, value);
        }
    }

    public string File { get; }
    public int LineOffset { get; }
    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Start => SpanOf(_map);

    public SourceLocation SpanOf(YamlNode node) => YamlLocation.Of(node.Start, File, LineOffset);

    public SourceLocation SpanOfKey(string key) => _entries.TryGetValue(key, out var e) ? SpanOf(e.Key) : Start;

    public SourceLocation SpanOfValue(string key) => _entries.TryGetValue(key, out var e) ? SpanOf(e.Value) : Start;

    /// <summary>Whether <paramref name="key"/> is written with a non-empty list (or any other non-empty value).</summary>
    public bool HasItems(string key) =>
        _entries.TryGetValue(key, out var e) && e.Value is not (YamlSequenceNode { Children.Count: 0 } or YamlScalarNode { Value: null or "" });

    public string? String(string key, bool required = false, string? missingHint = null)
    {
        if (!_entries.TryGetValue(key, out var e))
        {
            if (required && !_misspelt.Contains(key)) ReportMissing(key, missingHint);
            return null;
        }
        if (e.Value is not YamlScalarNode scalar)
        {
            Diagnostics.Error(SpanOf(e.Value), DiagnosticCodes.WrongType, $"'{key}' must be text, not a {Shape(e.Value)}",
                $"write it on one line: {key}: some text");
            return null;
        }
        var text = TextOf(scalar);
        if (string.IsNullOrEmpty(text))
        {
            if (required)
                ReportMissing(key, text is null && scalar.Value is { Length: > 0 } word
                    ? $"YAML reads an unquoted '{word}' as no value; if you mean the word, quote it: {key}: \"{word}\""
                    : missingHint, SpanOf(e.Key));
            return null;
        }
        return text;
    }

    /// <summary>A list of text items; a single text value counts as a list of one.</summary>
    public ImmutableArray<Located<string>> StringList(string key)
    {
        if (!_entries.TryGetValue(key, out var e)) return [];
        switch (e.Value)
        {
            case YamlScalarNode scalar:
                return TextOf(scalar) is { Length: > 0 } single ? [new(single, SpanOf(scalar))] : [];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<Located<string>>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode itemScalar)
                    {
                        if (TextOf(itemScalar) is { Length: > 0 } text) items.Add(new(text, SpanOf(item)));
                        else
                            Diagnostics.Error(SpanOf(item), DiagnosticCodes.MissingField, $"an item of '{key}' is empty",
                                "remove the empty item, or write its text");
                    }
                    else
                        Diagnostics.Error(SpanOf(item), DiagnosticCodes.WrongType, $"each item of '{key}' must be text, not a {Shape(item)}",
                            $"write one item per line: '  - some text'");
                }
                return items.ToImmutable();
            default:
                Diagnostics.Error(SpanOf(e.Value), DiagnosticCodes.WrongType, $"'{key}' must be a list of text, not a {Shape(e.Value)}",
                    $"write one item per line under '{key}:', each starting with '  - '");
                return [];
        }
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (IsoDate.TryParse(text, out var date))
            return date;
        Diagnostics.Error(SpanOfValue(key), DiagnosticCodes.InvalidValue, $"'{key}' is not a date: '{text}'",
            "write dates as YYYY-MM-DD, for example 2024-05-01");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                Diagnostics.Error(SpanOfValue(key), DiagnosticCodes.WrongType, $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Diagnostics.Error(SpanOfValue(key), DiagnosticCodes.WrongType, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    /// <summary>A list of mappings, each read by <paramref name="read"/> with its own known keys.</summary>
    public ImmutableArray<T> Objects<T>(string key, IReadOnlyCollection<string> itemKeys, Func<YamlFields, T?> read, string example)
        where T : class
    {
        if (!_entries.TryGetValue(key, out var e)) return [];
        if (e.Value is YamlScalarNode { Value: null or "" }) return [];
        if (e.Value is not YamlSequenceNode sequence)
        {
            Diagnostics.Error(SpanOf(e.Value), DiagnosticCodes.WrongType, $"'{key}' must be a list, not a {Shape(e.Value)}", example);
            return [];
        }
        var items = ImmutableArray.CreateBuilder<T>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Diagnostics.Error(SpanOf(item), DiagnosticCodes.WrongType, $"each item of '{key}' must have named fields, not be a {Shape(item)}", example);
                continue;
            }
            var value = read(new YamlFields(mapping, File, LineOffset, Diagnostics, itemKeys, $"an item of '{key}'"));
            if (value is not null) items.Add(value);
        }
        return items.ToImmutable();
    }

    public YamlFields? Mapping(string key, IReadOnlyCollection<string> keys)
    {
        if (!_entries.TryGetValue(key, out var e)) return null;
        if (e.Value is YamlMappingNode mapping) return new YamlFields(mapping, File, LineOffset, Diagnostics, keys, $"'{key}'");
        Diagnostics.Error(SpanOf(e.Value), DiagnosticCodes.WrongType, $"'{key}' must have named fields, not be a {Shape(e.Value)}");
        return null;
    }

    /// <summary>A scalar's trimmed text; null for YAML's null (an unquoted ~ or null), which is no text at all.</summary>
    private static string? TextOf(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL" ? null : scalar.Value?.Trim();

    private void ReportMissing(string key, string? hint, SourceLocation? at = null) =>
        Diagnostics.Error(at ?? Start, DiagnosticCodes.MissingField, $"missing required field '{key}'",
            hint ?? $"add a line '{key}: …' to the front matter");

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of named fields",
        _ => "single value",
    };
}
