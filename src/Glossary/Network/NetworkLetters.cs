using System.Collections.Immutable;
using Glossary.Linking;
using Glossary.Text;

namespace Glossary.Network;

/// <summary>
/// How the network is listed without JavaScript: by the first letter of each page's title (A to Z, then "0–9" for any
/// other start), each letter on pages of its own of at most <see cref="MaxPerPage"/> (/network/a/, /network/a/2/…),
/// so that no page grows with the site: /network/ holds the letters, a letter's first page its parts.
/// </summary>
public static class NetworkLetters
{
    /// <summary>Pages of the network listed on one page at most, each with its closest connections (about 12 links).</summary>
    public const int MaxPerPage = 100;

    /// <summary>Every letter, in the order the index shows them ("#" is everything that does not start with A to Z).</summary>
    public static readonly ImmutableArray<string> Letters = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString()), "#"];

    public static string Label(string letter) => letter == "#" ? "0–9" : letter;

    /// <summary>The address of a letter's page: /network/a/, its second part /network/a/2/, other starts /network/0-9/.</summary>
    public static string PathOf(string letter, int part) =>
        SiteRoutes.Network + (letter == "#" ? "0-9" : letter.ToLowerInvariant()) + "/" + (part == 1 ? "" : part + "/");

    /// <summary><paramref name="items"/>, in title order, on their letters' pages, in the order of <see cref="Letters"/>.</summary>
    public static ImmutableArray<LetterPart<T>> Split<T>(IEnumerable<T> items, Func<T, string> title)
    {
        var byLetter = items.GroupBy(i => TextFolding.Initial(title(i))).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return
        [
            .. Letters.Where(byLetter.ContainsKey).SelectMany(letter =>
            {
                var chunks = byLetter[letter].Chunk(MaxPerPage).ToList();
                return chunks.Select((chunk, i) => new LetterPart<T>(letter, i + 1, chunks.Count, PathOf(letter, i + 1), [.. chunk]));
            }),
        ];
    }

    /// <summary>The addresses of the letters' pages of a site whose network pages have these titles.</summary>
    public static IEnumerable<string> Routes(IEnumerable<string> titles) => Split(titles, t => t).Select(p => p.Path);
}

/// <summary>One page of a letter: its place among the letter's pages (from 1) and what it lists.</summary>
public sealed record LetterPart<T>(string Letter, int Part, int Parts, string Path, ImmutableArray<T> Items);
