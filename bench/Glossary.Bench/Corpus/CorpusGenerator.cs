using System.Text;

namespace Glossary.Bench.Corpus;

/// <summary>
/// Writes a deterministic corpus of N cross-linked glossary entries (plus one guide per 100 entries) shaped like
/// the real content: front matter with aliases, related terms and sources, a definition and every section,
/// links to other entries (some with heading anchors). Its words, sparse or link-dense, come from <see cref="ICorpusText"/>.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Categories = ["Insurance", "Finance", "Healthcare", "Employment Law", "Privacy"];

    public static void Generate(string inputFolder, int count, CorpusKind kind = CorpusKind.Sparse)
    {
        if (Directory.Exists(inputFolder)) Directory.Delete(inputFolder, recursive: true);
        Directory.CreateDirectory(Path.Combine(inputFolder, "glossary"));
        Directory.CreateDirectory(Path.Combine(inputFolder, "guides"));
        File.WriteAllText(Path.Combine(inputFolder, "site.yml"), SiteYaml);
        ICorpusText text = kind == CorpusKind.Dense ? new DenseText(count) : new SparseText();
        var random = new Random(12345);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(inputFolder, "glossary", Slug(i) + ".md"), Entry(text, i, count, random));
        for (var g = 0; g < Math.Max(1, count / 100); g++)
            File.WriteAllText(Path.Combine(inputFolder, "guides", $"guide-{g:D4}.md"), Guide(text, g, count, random));
    }

    private static string Slug(int i) => $"term-{i:D5}";

    private static string Paragraph(ICorpusText text, Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => text.Sentence(random, random.Next(8, 16))));

    private static string Entry(ICorpusText text, int i, int count, Random random)
    {
        int Other() => (i + 1 + random.Next(count - 1)) % count;
        string Paragraph(int sentences) => CorpusGenerator.Paragraph(text, random, sentences);
        // Two mutual pairings (i with i^1, and i with the entry half the corpus away), as editors keep 'related'
        // reciprocal: a one-way pair is a warning that real content does not carry by the thousand.
        var related = Partners(i, count).Where(r => Partners(r, count).Contains(i)).Distinct();
        var sb = new StringBuilder();
        sb.Append("---\n")
            .Append("title: ").Append(text.Title(i)).Append('\n')
            .Append("aliases: [").Append(string.Join(", ", text.Aliases(i))).Append("]\n")
            .Append("summary: ").Append(text.Sentence(random, 14)).Append('\n')
            .Append("categories: [").Append(Categories[i % Categories.Length]).Append("]\n")
            .Append("related: [").Append(string.Join(", ", related.Select(Slug))).Append("]\n")
            .Append("sources:\n  - title: Source ").Append(i).Append("\n    url: https://www.example.gov/source/").Append(i).Append("\n    publisher: Example Agency\n")
            .Append("reviewed: 2026-0").Append(1 + i % 9).Append("-1").Append(i % 10).Append('\n')
            .Append("---\n\n")
            .Append(Paragraph(3)).Append(" See [").Append(text.Title(Other())).Append("](").Append(Slug(Other())).Append(".md).\n\n")
            .Append("## Examples\n\n").Append(Paragraph(3)).Append("\n\n- ").Append(text.Sentence(random, 10)).Append("\n- ").Append(text.Sentence(random, 10)).Append("\n\n")
            .Append("## How it is used against you\n\n").Append(Paragraph(4)).Append(" Compare [the examples](").Append(Slug(Other())).Append(".md#examples).\n\n")
            .Append("## Benefits\n\n").Append(Paragraph(2)).Append("\n\n")
            .Append("## What you can do\n\n").Append(Paragraph(3)).Append(" Read [this term](/glossary/").Append(Slug(Other())).Append("/).\n\n")
            .Append("## Conclusion\n\n").Append(Paragraph(2)).Append('\n');
        return sb.ToString();
    }

    private static IEnumerable<int> Partners(int i, int count) => new[] { i ^ 1, (i + count / 2) % count }.Where(r => r != i && r < count);

    private static string Guide(ICorpusText text, int g, int count, Random random)
    {
        var sb = new StringBuilder();
        sb.Append("---\ntitle: Guide ").Append(g).Append("\nsummary: ").Append(text.Sentence(random, 12)).Append("\ncategories: [Insurance]\nterms: [")
            .Append(Slug(random.Next(count))).Append("]\n---\n\n");
        for (var s = 0; s < 4; s++)
            sb.Append("## Step ").Append(s + 1).Append("\n\n").Append(Paragraph(text, random, 4)).Append(" See [a term](../glossary/").Append(Slug(random.Next(count))).Append(".md).\n\n");
        return sb.ToString();
    }

    private const string SiteYaml = """
        title: Benchmark Glossary
        description: A generated corpus for measuring build time and memory.
        base_url: https://bench.example.org/
        categories:
          - name: Insurance
            slug: insurance
          - name: Finance
            slug: finance
          - name: Healthcare
            slug: healthcare
          - name: Employment Law
            slug: employment-law
          - name: Privacy
            slug: privacy
        """;
}
