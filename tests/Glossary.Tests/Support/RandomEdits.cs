namespace Glossary.Tests.Support;

/// <summary>
/// Random saves to a <see cref="SiteModel"/>, the kinds an editor makes: text, links, summaries, aliases, related terms,
/// a guide's or a finding's terms, categories, sections, sources, dates, the crisis note, drafts. Deterministic for a
/// given <see cref="Random"/>. Links name entries by title or slug only, and only aliases added here are removed, so
/// a link never breaks for good; a draft is published again by the next draft edit.
/// </summary>
public static class RandomEdits
{
    private sealed record Kind(string Name, int Weight, Func<SiteModel.Document, bool> Applies, Action<SiteModel, SiteModel.Document, Random, int> Apply);

    private static readonly string[] CategoryNames = ["Insurance", "Finance", "Healthcare", "Employment Law", "Privacy"];

    private static readonly Kind[] Kinds =
    [
        new("a sentence", 4, _ => true, (m, d, r, n) => Pick(d.Sections, r).Paragraphs.Add($"Note {n} about {Pick(m.Entries, r).Title.ToLowerInvariant()}.")),
        new("a paragraph removed", 2, d => d.Sections.Any(s => s.Paragraphs.Count > 1), (_, d, r, _) =>
        {
            var section = Pick(d.Sections.Where(s => s.Paragraphs.Count > 1), r);
            section.Paragraphs.RemoveAt(r.Next(section.Paragraphs.Count));
        }),
        new("a link", 4, _ => true, (m, d, r, n) => Pick(d.Sections, r).Paragraphs.Add(Link(m, r, n))),
        new("a summary", 3, _ => true, (_, d, _, n) => d.Summary = $"Summary {n} of {d.Title.ToLowerInvariant()}."),
        new("an alias", 1, d => d.IsEntry, (_, d, r, n) =>
        {
            var added = d.Aliases.FindLastIndex(a => a.StartsWith("Other name", StringComparison.Ordinal));
            if (added >= 0 && r.Next(2) == 0) d.Aliases.RemoveAt(added);
            else d.Aliases.Add($"Other name {n}");
        }),
        new("related", 2, d => d.IsEntry, (m, d, r, _) => Toggle(d.Related, Pick(m.Entries.Where(e => e != d), r).Slug, r)),
        new("a finding's terms", 2, d => d.Findings.Count > 0, (m, d, r, _) => Toggle(d.Findings[0].Terms, Pick(m.Entries, r).Title, r)),
        new("a guide's terms", 2, d => d.IsGuide && !d.IsReport, (m, d, r, _) => Toggle(d.Terms, Pick(m.Entries, r).Slug, r)),
        new("categories", 1, d => !d.Path.StartsWith("pages/", StringComparison.Ordinal), (_, d, r, _) => Toggle(d.Categories, Pick(CategoryNames, r), r)),
        new("a section", 1, _ => true, (_, d, r, n) =>
        {
            var added = d.Sections.FindLastIndex(s => s.Heading?.StartsWith("Notes", StringComparison.Ordinal) == true);
            if (added >= 0 && r.Next(2) == 0) d.Sections.RemoveAt(added);
            else d.Sections.Add(new($"Notes {n}", [$"More notes, number {n}."]));
        }),
        new("sources", 1, d => !d.Path.StartsWith("pages/", StringComparison.Ordinal), (_, d, r, n) => Toggle(d.Sources, d.Sources.Count > 0 && r.Next(2) == 0 ? d.Sources[^1] : $"s{n}", r)),
        new("the crisis note", 1, _ => true, (_, d, _, _) => d.CrisisCallout = d.CrisisCallout switch { null => true, true => false, false => null }),
        new("a date", 1, d => !d.Path.StartsWith("pages/", StringComparison.Ordinal), (_, d, r, _) => d.Updated = $"2026-0{r.Next(1, 10)}-1{r.Next(0, 10)}"),
        new("draft", 1, _ => true, (m, d, _, _) =>
        {
            var drafted = m.Documents.FirstOrDefault(x => x.Draft);
            if (drafted is not null) drafted.Draft = false;
            else d.Draft = true;
        }),
    ];

    /// <summary>Makes save number <paramref name="n"/>: returns what it changed and the document it saved.</summary>
    public static (string What, SiteModel.Document Saved) Apply(SiteModel model, Random random, int n)
    {
        var total = Kinds.Sum(k => k.Weight);
        var roll = random.Next(total);
        var kind = Kinds.First(k => (roll -= k.Weight) < 0);
        var document = Pick(model.Documents.Where(kind.Applies), random);
        // A draft edit may publish the drafted document again instead: that is the one saved.
        var drafted = kind.Name == "draft" ? model.Documents.FirstOrDefault(d => d.Draft) : null;
        kind.Apply(model, document, random, n);
        var saved = drafted ?? document;
        return ($"{kind.Name} in {saved.Path}", saved);
    }

    private static string Link(SiteModel model, Random random, int n)
    {
        var target = Pick(model.Entries, random);
        return random.Next(5) switch
        {
            0 => $"See [[{target.Title}]].",
            1 => $"See [[{target.Slug}|the term, link {n}]].",
            2 => $"Read [about it](/glossary/{target.Slug}/).",
            3 when target.Sections.Any(s => s.Heading == "Deadlines") => $"Mind [[{target.Title}#deadlines]].",
            _ => $"Compare [[{target.Title}|{target.Title.ToLowerInvariant()}]] and note {n}.",
        };
    }

    private static void Toggle(List<string> values, string value, Random random)
    {
        if (values.Contains(value)) values.Remove(value);
        else values.Insert(random.Next(values.Count + 1), value);
    }

    private static T Pick<T>(IEnumerable<T> items, Random random)
    {
        var list = items as IReadOnlyList<T> ?? [.. items];
        return list[random.Next(list.Count)];
    }
}
