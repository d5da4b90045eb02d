using System.Text;
using System.Text.Json;
using Glossary.Search;
using Glossary.Tests.Support;

namespace Glossary.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void Tokenizer_folds_case_and_accents_and_drops_stop_words_and_single_letters()
    {
        Assert.Equal(["medical", "necessity", "iop", "10", "cm", "5"], SearchTokenizer.Words("The Médical NECESSITY of an IOP (ICD-10-CM, a 5)").Where(w => w != "icd").ToList());
        Assert.Contains("icd", SearchTokenizer.Words("ICD-10-CM"));
    }

    [Fact]
    public void Shards_are_chosen_by_the_first_two_letters()
    {
        Assert.Equal("me", SearchIndexBuilder.ShardKey("medical"));
        Assert.Equal("io", SearchIndexBuilder.ShardKey("iop"));
        Assert.Equal("5", SearchIndexBuilder.ShardKey("5"));
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(Encoding.UTF8.GetString(FixtureBuild.Result.Files.Single(f => f.Path == path).Content)).RootElement;

    [Fact]
    public void Manifest_lists_every_shard_file_and_no_other()
    {
        var manifest = Json("search/index/manifest.json");
        var shards = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToHashSet();
        var files = FixtureBuild.Result.Files.Where(f => f.Path.StartsWith("search/index/w-")).Select(f => f.Path["search/index/w-".Length..^".json".Length]).ToHashSet();
        Assert.Equal(files, shards);
        Assert.Equal(FixtureBuild.Result.Files.Count(f => f.Path.StartsWith("search/index/d-")),
            (int)Math.Ceiling(manifest.GetProperty("documents").GetInt32() / (double)manifest.GetProperty("chunk").GetInt32()));
    }

    /// <summary>The browser client drops from queries what the index dropped from text: the manifest gives it the one list.</summary>
    [Fact]
    public void Manifest_lists_the_stop_words()
    {
        var stop = Json("search/index/manifest.json").GetProperty("stop").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(SearchTokenizer.StopWords.Order(StringComparer.Ordinal), stop);
    }

    [Fact]
    public void Title_outranks_alias_outranks_summary_outranks_body()
    {
        var documents = Json("search/index/d-0.json").EnumerateArray().Select(d => d[0].GetString()).ToList();
        int ScoreOf(string word, string title)
        {
            var postings = Json($"search/index/w-{SearchIndexBuilder.ShardKey(word)}.json").GetProperty(word);
            var doc = documents.IndexOf(title);
            for (var i = 1; i < postings.GetArrayLength(); i += 2)
                if (postings[i].GetInt32() == doc) return postings[i + 1].GetInt32();
            return 0;
        }
        Assert.True(ScoreOf("iop", "Intensive Outpatient Program") > ScoreOf("iop", "Medical Necessity"));
        Assert.True(ScoreOf("necessity", "Medical Necessity") > ScoreOf("necessity", "How to appeal"));
    }

    [Fact]
    public void Field_weights_order_title_alias_summary_heading_body()
    {
        var site = new TestSite()
            .WithEntry("a", "Zeta Alpha")
            .WithEntry("b", "Beta Gamma", extraFrontMatter: "aliases: [Zeta Delta]")
            .With("glossary/c.md", TestSite.Entry("Gamma").Replace("summary: A short summary of Gamma.", "summary: About zeta."))
            .WithEntry("d", "Delta", "\n## Zeta here\n\nText.\n")
            .WithEntry("e", "Epsilon", "\nA zeta in the body.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var titles = JsonDocument.Parse(result.Page("search/index/d-0.json")).RootElement.EnumerateArray().Select(d => d[0].GetString()).ToList();
        var postings = JsonDocument.Parse(result.Page("search/index/w-ze.json")).RootElement.GetProperty("zeta");
        var scores = new Dictionary<string, int>();
        for (var i = 1; i < postings.GetArrayLength(); i += 2) scores[titles[postings[i].GetInt32()]!] = postings[i + 1].GetInt32();
        Assert.Equal(["Zeta Alpha", "Beta Gamma", "Gamma", "Delta", "Epsilon"], scores.OrderByDescending(s => s.Value).Select(s => s.Key));
    }

    [Fact]
    public void Each_index_word_carries_its_stem()
    {
        var shard = Json("search/index/w-ne.json");
        Assert.Equal("necess", shard.GetProperty("necessity")[0].GetString());
    }
}
