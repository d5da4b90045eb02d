using System.Globalization;
using System.Text;

namespace Glossary.Bench.Corpus;

/// <summary>
/// A real glossary's density: every title is a two- or three-word phrase of one 70-word vocabulary ("Claim Denial",
/// "Appeal Deadline Letter"), and body sentences are mostly those phrases, so each page mentions 80 or more other
/// terms at any corpus size. Titles are every ordered pair of distinct words in a fixed shuffled order, then
/// distinct triples once the 4,830 pairs are used up.
/// </summary>
public sealed class DenseText : ICorpusText
{
    private static readonly string[] Words =
    [
        "plan", "claim", "appeal", "therapy", "review", "coverage", "provider", "network", "benefit", "denial",
        "criteria", "session", "program", "patient", "record", "deadline", "letter", "insurer", "care", "policy",
        "treatment", "approval", "parity", "limit", "visit", "fee", "bill", "code", "notice", "request",
        "medical", "necessity", "iop", "authorization", "member", "doctor", "clinic", "hospital", "nurse", "drug",
        "test", "family", "child", "adult", "home", "office", "state", "law", "right", "rule",
        "form", "file", "step", "level", "cost", "payment", "group", "health", "mental", "service",
        "stay", "week", "month", "year", "day", "time", "case", "report", "help", "employer",
    ];

    /// <summary>How often a stretch of text is a term's name rather than a single vocabulary word.</summary>
    private const double PhraseShare = 0.75;

    private readonly string[][] _titles;

    public DenseText(int count)
    {
        var random = new Random(4242);
        var pairs = (from a in Words from b in Words where a != b select new[] { a, b }).ToArray();
        random.Shuffle(pairs);
        var titles = pairs.Take(count).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (titles.Count < count)
        {
            var triple = new[] { Words[random.Next(Words.Length)], Words[random.Next(Words.Length)], Words[random.Next(Words.Length)] };
            if (triple.Distinct().Count() == 3 && seen.Add(string.Join(' ', triple))) titles.Add(triple);
        }
        _titles = [.. titles];
    }

    public string Title(int entry) =>
        string.Join(' ', _titles[entry].Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));

    public IReadOnlyList<string> Aliases(int entry) => [];

    public string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            string[] chunk = random.NextDouble() < PhraseShare ? _titles[random.Next(_titles.Length)] : [Words[random.Next(Words.Length)]];
            foreach (var word in chunk)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(word);
            }
            written += chunk.Length;
        }
        return CorpusSentences.Finish(sb);
    }
}
