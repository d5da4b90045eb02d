using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Glossary.Content;
using Glossary.Output;
using Glossary.Text;

namespace Glossary.Explain;

/// <summary>The page's data file, the pages it names as next steps, and what input/data/ said (kept for an update).</summary>
public sealed record ExplainData(OutputFile File, ImmutableArray<ContentDocument> NextSteps, ExplainInput Input);

/// <summary>
/// Writes the one file the "Explain my letter" page loads, per language: <c>explain/&lt;language&gt;.&lt;hash&gt;.json</c>,
/// named by its content so hosts may cache it for good. Compact arrays, one row per term:
/// <code>
/// { "version": 1, "language": "en",
///   "entries": "/glossary/",                          an entry's address is this + slug + "/"
///   "section": ["What you can do", "what-you-can-do"], the section linked from each term, and its usual id
///   "terms": [[slug, title, summary, [aliases], id]],  aliases and id left off when empty or usual ("" = no such heading)
///   "codes": [[code, meaning]], "denial": [word], "next": [[title, address, summary]], "deadline": pattern }
/// </code>
/// Terms are the entries auto-linking matches (those without <c>autolink: false</c>), by slug. explain-text.js matches
/// their names with the same rules as <see cref="Linking.TermMatcher"/>. What it reads of each document it notes in the
/// <see cref="Pipeline.ReadLog"/>, as a page does: each row is a document shown, and a term's row holds a heading's id.
/// </summary>
public static class ExplainDataFile
{
    public const string Folder = "explain";
    public const int Version = 1;

    /// <summary>
    /// The file's address without its hash ("/explain/en.json"), which stays the same from one edit to the next: what it
    /// reads is recorded under it (<see cref="Pipeline.ReadLog"/>).
    /// </summary>
    public static string Route(string language) => $"/{Folder}/{FileLanguage(language)}.json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ExplainData Create(Site site, ExplainInput input, ImmutableArray<ContentDocument> nextSteps)
    {
        var basePath = site.Config.BasePath;
        var terms = site.Entries.Where(e => e.Meta.Autolink).OrderBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => (Entry: e, Id: SectionId(e))).ToList();
        var usualId = terms.Where(t => t.Id.Length > 0).GroupBy(t => t.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? "";
        using var stream = new MemoryStream(256 + terms.Count * 160);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("language", site.Config.Language);
            writer.WriteString("entries", basePath + "/" + ContentLayout.GlossaryFolder + "/");
            Strings(writer, "section", [EntrySections.WhatYouCanDo.Heading, usualId]);
            writer.WriteStartArray("terms");
            foreach (var (entry, id) in terms) Term(writer, entry, id == usualId ? null : id);
            writer.WriteEndArray();
            writer.WriteStartArray("codes");
            foreach (var code in input.Codes) Strings(writer, null, [code.Code, code.Meaning]);
            writer.WriteEndArray();
            Strings(writer, "denial", input.DenialWords);
            writer.WriteStartArray("next");
            foreach (var step in nextSteps)
            {
                Pipeline.ReadLog.Shown(step);
                Strings(writer, null, [step.Title, basePath + step.Url, step.Meta.Summary]);
            }
            writer.WriteEndArray();
            writer.WriteString("deadline", DeadlinePatterns.For(site.Config.Language));
            writer.WriteEndObject();
        }
        var bytes = stream.ToArray();
        return new ExplainData(new OutputFile($"{Folder}/{FileLanguage(site.Config.Language)}.{Hashing.ShortHash(bytes)}.json", bytes), nextSteps, input);
    }

    /// <summary>The id of a term's "What you can do" heading ("" when it has none); its row shows the term.</summary>
    private static string SectionId(ContentDocument entry)
    {
        Pipeline.ReadLog.Shown(entry);
        Pipeline.ReadLog.HeadingsRead(entry);
        return EntrySections.WhatYouCanDo.FindIn(entry)?.Id ?? "";
    }

    private static void Term(Utf8JsonWriter writer, ContentDocument entry, string? unusualId)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(entry.Slug);
        writer.WriteStringValue(entry.Title);
        writer.WriteStringValue(entry.Meta.Summary);
        if (entry.Meta.Aliases.Length > 0 || unusualId is not null)
        {
            writer.WriteStartArray();
            foreach (var alias in entry.Meta.Aliases) writer.WriteStringValue(alias.Value);
            writer.WriteEndArray();
        }
        if (unusualId is not null) writer.WriteStringValue(unusualId);
        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string? name, IEnumerable<string> values)
    {
        if (name is null) writer.WriteStartArray();
        else writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>The language as a file name: "en", "es", "pt-br"; "en" when site.yml's language would not make one.</summary>
    private static string FileLanguage(string language) => Slugs.From(language) is { Length: > 0 } slug ? slug : "en";
}
