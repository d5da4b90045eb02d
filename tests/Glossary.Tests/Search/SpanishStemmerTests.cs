using Glossary.Search;
using Glossary.Tests.Support;

namespace Glossary.Tests.Search;

/// <summary>The Spanish stemmer against the Snowball project's published Spanish vocabulary, as the English one is checked.</summary>
public sealed class SpanishStemmerTests
{
    private static List<(string Word, string Stem)> Vocabulary() =>
    [
        .. File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Glossary.Tests", "Search", "snowball-spanish-sample.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .Select(p => (p[0], p[1])),
    ];

    [Fact]
    public void Every_word_of_the_published_sample_stems_like_the_reference()
    {
        var vocabulary = Vocabulary();
        var failures = vocabulary.Where(p => SpanishStemmer.Stem(p.Word) != p.Stem)
            .Select(p => $"{p.Word}: expected {p.Stem}, got {SpanishStemmer.Stem(p.Word)}").ToList();
        Assert.True(vocabulary.Count > 200);
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("necesidad", "neces")]
    [InlineData("necesidades", "neces")]
    [InlineData("autorización", "autoriz")]
    // Without its accent the suffix is not "-ación": Snowball leaves it, as it does "accion" (see the sample). The index
    // folds accents before stemming and the client folds queries the same way, so both sides agree.
    [InlineData("autorizacion", "autorizacion")]
    [InlineData("médica", "medic")]
    [InlineData("medica", "medic")]
    [InlineData("apelaciones", "apel")]
    public void Glossary_words(string word, string stem) => Assert.Equal(stem, SpanishStemmer.Stem(word));

    [Fact]
    public void The_Spanish_index_stems_in_Spanish_and_its_manifest_lists_Spanish_stop_words()
    {
        var result = SpanishFixture.Create().Build();
        var manifest = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == "es/search/index/manifest.json").Content);
        var stop = manifest.RootElement.GetProperty("stop").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("para", stop);
        Assert.DoesNotContain("the", stop);
        var shard = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == "es/search/index/w-ne.json").Content);
        Assert.Equal("neces", shard.RootElement.GetProperty("necesidad")[0].GetString());
        var english = System.Text.Json.JsonDocument.Parse(result.Files.Single(f => f.Path == "search/index/manifest.json").Content);
        Assert.Contains("the", english.RootElement.GetProperty("stop").EnumerateArray().Select(e => e.GetString()));
    }
}
