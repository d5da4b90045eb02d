namespace Glossary.Bench.Corpus;

/// <summary>The words of a generated corpus: entry titles and aliases, and the sentences of its bodies.</summary>
public interface ICorpusText
{
    string Title(int entry);

    IReadOnlyList<string> Aliases(int entry);

    /// <summary>A sentence of about <paramref name="words"/> words, capitalised, ending with a full stop.</summary>
    string Sentence(Random random, int words);
}
