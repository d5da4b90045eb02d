using Glossary.Search;
using Glossary.Tests.Support;

namespace Glossary.Tests.Search;

public sealed class StemmerTests
{
    private static List<(string Word, string Stem)> Vocabulary()
    {
        var data = new List<(string, string)>();
        var file = Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Search", "porter2-sample.txt");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ');
            data.Add((parts[0], parts[1]));
        }
        return data;
    }

    [Fact]
    public void Every_word_of_the_published_sample_stems_like_the_reference()
    {
        var failures = Vocabulary()
            .Where(p => Porter2Stemmer.Stem(p.Word) != p.Stem)
            .Select(p => $"{p.Word}: expected {p.Stem}, got {Porter2Stemmer.Stem(p.Word)}")
            .ToList();
        Assert.True(Vocabulary().Count > 350);
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("appeals", "appeal")]
    [InlineData("appealed", "appeal")]
    [InlineData("appealing", "appeal")]
    [InlineData("medical", "medic")]
    [InlineData("necessity", "necess")]
    [InlineData("authorization", "author")]
    [InlineData("skies", "sky")]
    [InlineData("generously", "generous")]
    [InlineData("succeeding", "succeed")]
    public void Glossary_words_and_exceptions(string word, string stem) => Assert.Equal(stem, Porter2Stemmer.Stem(word));
}
