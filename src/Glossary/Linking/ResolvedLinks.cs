using System.Collections.Frozen;

namespace Glossary.Linking;

/// <summary>For one document: each link URL as written in Markdown, mapped to the href to publish.</summary>
public sealed class ResolvedLinks(FrozenDictionary<string, string> hrefs)
{
    public static readonly ResolvedLinks Empty = new(FrozenDictionary<string, string>.Empty);

    public string Rewrite(string url) => hrefs.GetValueOrDefault(url, url);
}
