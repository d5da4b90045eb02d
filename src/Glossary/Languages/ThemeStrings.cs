using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Glossary.Languages;

/// <summary>
/// Every text the theme and the generated pages write themselves (headings, buttons, labels, page titles), by key,
/// in one language. <see cref="English"/> is the default table; another language's table comes from its entry under
/// 'languages' in site.yml and must translate every key, so no English text is left on its pages.
/// Texts with "{0}" take a value (a count, a name), inserted as is.
/// </summary>
public sealed class ThemeStrings
{
    private readonly FrozenDictionary<string, string> _texts;

    private ThemeStrings(IEnumerable<KeyValuePair<string, string>> texts) =>
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English texts, which are also the list of keys (<see cref="EnglishTexts"/>).</summary>
    public static ThemeStrings English { get; } = new(EnglishTexts.All);

    public static ImmutableArray<string> Keys { get; } = [.. English._texts.Keys.Order(StringComparer.Ordinal)];

    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"the theme has no text '{key}'");

    /// <summary>A text with its "{0}", "{1}"… replaced by <paramref name="values"/>, in order.</summary>
    public string Format(string key, params string[] values)
    {
        var text = this[key];
        for (var i = 0; i < values.Length; i++) text = text.Replace("{" + (char)('0' + i) + "}", values[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>A translation: <paramref name="texts"/> must hold every key (<see cref="LanguagesReader"/> checks it).</summary>
    public static ThemeStrings Of(IReadOnlyDictionary<string, string> texts) => new(texts);

    /// <summary>A date as readers of this language write it ("November 22, 2026", "22 de noviembre de 2026").</summary>
    public string Date(DateOnly date)
    {
        var months = this["months"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return this["date_format"]
            .Replace("{month}", month, StringComparison.Ordinal)
            .Replace("{day}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
