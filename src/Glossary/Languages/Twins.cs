using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;

namespace Glossary.Languages;

/// <summary>
/// The versions of each document in the site's languages: twins share a kind and a slug, so the same address within
/// their language (/glossary/iop/ and /es/glossary/iop/). <paramref name="languages"/> holds each language's site,
/// the default language first.
/// </summary>
public sealed class Twins(ImmutableArray<Site> languages)
{
    private readonly ImmutableArray<Dictionary<string, ContentDocument>> _byUrl =
        [.. languages.Select(l => l.Documents.ToDictionary(d => d.Url, StringComparer.Ordinal))];

    public ImmutableArray<SiteConfig> Languages { get; } = [.. languages.Select(l => l.Config)];

    /// <summary>The site of the default language.</summary>
    public Site Default => languages[0];

    /// <summary>The document at <paramref name="url"/> (an address within a language) in each language that has it, default first.</summary>
    public IEnumerable<(SiteConfig Language, ContentDocument Document)> At(string url)
    {
        for (var i = 0; i < _byUrl.Length; i++)
            if (_byUrl[i].TryGetValue(url, out var document)) yield return (Languages[i], document);
    }

    /// <summary>The twin of <paramref name="document"/> in <paramref name="language"/>, if it has one.</summary>
    public ContentDocument? In(SiteConfig language, ContentDocument document)
    {
        var i = Languages.IndexOf(language);
        return i >= 0 ? _byUrl[i].GetValueOrDefault(document.Url) : null;
    }
}
