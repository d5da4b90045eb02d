using System.Text;

namespace Glossary.Bench.Corpus;

/// <summary>Titles that never occur in text ("Term 00042 plan", alias "T00042"), bodies of random vocabulary words.</summary>
public sealed class SparseText : ICorpusText
{
    private static readonly string[] Words =
    [
        "plan", "claim", "appeal", "therapy", "review", "coverage", "provider", "network", "benefit", "denial",
        "criteria", "session", "program", "patient", "record", "deadline", "letter", "insurer", "care", "policy",
        "treatment", "approval", "parity", "limit", "visit", "fee", "bill", "code", "notice", "request",
        "medical", "necessity", "iop", "authorization",
    ];

    public string Title(int entry) => $"Term {entry:D5} {Words[entry % Words.Length]}";

    public IReadOnlyList<string> Aliases(int entry) => [$"T{entry:D5}"];

    public string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            sb.Append(Words[random.Next(Words.Length)]);
        }
        return CorpusSentences.Finish(sb);
    }
}
