using System.Text;

namespace Glossary.Bench.Corpus;

public static class CorpusSentences
{
    /// <summary>Capitalises the first letter and ends the sentence with a full stop.</summary>
    public static string Finish(StringBuilder sentence)
    {
        sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.Append('.').ToString();
    }
}
