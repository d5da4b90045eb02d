using System.Collections.Immutable;
using Glossary.Diagnostics;
using Glossary.Yaml;
using YamlDotNet.RepresentationModel;

namespace Glossary.Content;

/// <summary>Reads the front matter of one document into a <see cref="FrontMatter"/>, with the keys its kind allows.</summary>
public static class FrontMatterReader
{
    private static readonly string[] CommonKeys = ["title", "summary", "categories", "sources", "reviewed", "updated", "draft", "crisis_callout", "source_hash"];

    public static readonly IReadOnlyDictionary<DocumentKind, string[]> KeysByKind = new Dictionary<DocumentKind, string[]>
    {
        [DocumentKind.Entry] = [.. CommonKeys, "aliases", "related", "relationships", "redirect_from", "autolink"],
        [DocumentKind.Guide] = [.. CommonKeys, "kind", "key_findings", "terms", "related", "relationships", "redirect_from", "autolink"],
        [DocumentKind.Page] = ["title", "summary", "updated", "draft", "crisis_callout", "source_hash"],
    };

    private static readonly string[] SourceKeys = ["title", "url", "publisher"];
    private static readonly string[] FindingKeys = ["title", "text", "terms", "sources"];
    private static readonly string[] RelationshipKeys = ["from", "to", "label", "text", "sources"];

    /// <summary>
    /// The front matter, always: when it has errors they are reported and it holds what could be read
    /// (<see cref="FrontMatter.Partial"/>). Of YAML that does not parse, the keys that parse on their own are read
    /// (<see cref="YamlSalvage"/>) without reporting their problems, which would echo the one already reported.
    /// </summary>
    public static FrontMatter Read(string yaml, string file, int lineOffset, DocumentKind kind, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var map = YamlDocumentLoader.LoadMapping(yaml, file, lineOffset, found, "the front matter");
        var meta = map is not null
            ? ReadMapping(map, file, lineOffset, kind, found)
            : ReadMapping(YamlDocumentLoader.LoadMapping(YamlSalvage.ReadableKeys(yaml), file, lineOffset, new DiagnosticBag(), "") ?? new(),
                file, lineOffset, kind, new DiagnosticBag());
        foreach (var problem in found.ToSortedList()) diagnostics.Add(problem);
        return found.HasErrors ? meta with { Partial = true } : meta;
    }

    private static FrontMatter ReadMapping(YamlMappingNode map, string file, int lineOffset, DocumentKind kind, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(map, file, lineOffset, diagnostics, KeysByKind[kind], "the front matter");

        var title = fields.String("title", required: true, "add a line 'title: …' with the term or guide name");
        var summary = fields.String("summary", required: true,
            "add 'summary: …', one plain-language sentence; it is shown in previews, search results and link cards");
        var guideKind = ReadGuideKind(fields);
        var findings = fields.Objects("key_findings", FindingKeys, ReadFinding,
            "write each finding as '  - title: …' with 'text:' and 'terms:' lines under it");
        if (guideKind == GuideKind.Report && findings.IsEmpty && kind == DocumentKind.Guide)
            diagnostics.Error(fields.SpanOfKey("kind"), DiagnosticCodes.MissingField, "a report needs 'key_findings'",
                "list the report's findings under 'key_findings:', each with a title, a text and the terms it rests on");

        return new FrontMatter(
            Title: title ?? "",
            Summary: summary ?? "",
            Aliases: fields.StringList("aliases"),
            Categories: fields.StringList("categories"),
            Related: fields.StringList("related"),
            Sources: ReadSources(fields),
            Reviewed: fields.Date("reviewed"),
            Updated: fields.Date("updated"),
            Draft: fields.Bool("draft") ?? false,
            GuideKind: guideKind,
            KeyFindings: findings,
            Terms: fields.StringList("terms"),
            RedirectFrom: fields.StringList("redirect_from"),
            Autolink: fields.Bool("autolink") ?? true,
            CrisisCallout: fields.Bool("crisis_callout"))
        {
            Relationships = fields.Objects("relationships", RelationshipKeys, ReadRelationship,
                "write each relationship as '  - from: …' with 'to:', 'label:', 'text:' and 'sources:' lines under it"),
            SourceHash = ReadSourceHash(fields),
        };
    }

    private static Located<string>? ReadSourceHash(YamlFields fields)
    {
        if (fields.String("source_hash") is not { } hash) return null;
        if (Languages.SourceHash.IsValid(hash)) return new Located<string>(hash, fields.SpanOfValue("source_hash"));
        fields.Diagnostics.Error(fields.SpanOfValue("source_hash"), DiagnosticCodes.InvalidValue,
            $"source_hash '{hash}' is not 12 lower-case hex digits",
            "let 'glossary new --translate <language> <slug>' write it, or copy what `sed 's/\\r$//' FILE | sha256sum | cut -c1-12` prints for the English file");
        return null;
    }

    private static GuideKind ReadGuideKind(YamlFields fields)
    {
        var text = fields.String("kind");
        switch (text)
        {
            case null or "guide": return GuideKind.Guide;
            case "report": return GuideKind.Report;
            default:
                fields.Diagnostics.Error(fields.SpanOfValue("kind"), DiagnosticCodes.InvalidValue, $"unknown kind '{text}'",
                    "use 'kind: guide' or 'kind: report'");
                return GuideKind.Guide;
        }
    }

    private static ImmutableArray<SourceReference> ReadSources(YamlFields fields) =>
        fields.Objects("sources", SourceKeys, ReadSource, "write each source as '  - title: …' with 'url:' and 'publisher:' lines under it");

    private static SourceReference? ReadSource(YamlFields item)
    {
        var title = item.String("title", required: true, "name the source: title: 29 CFR 2560.503-1 (claims procedure)");
        var url = item.String("url", required: true, "give the source's address: url: https://…");
        if (title is null || url is null) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            item.Diagnostics.Error(item.SpanOfValue("url"), DiagnosticCodes.InvalidValue, $"source url '{url}' is not a web address",
                "write the full address, starting with https://");
            return null;
        }
        return new SourceReference(title, url, item.String("publisher"));
    }

    private static KeyFinding? ReadFinding(YamlFields item)
    {
        var title = item.String("title", required: true);
        var text = item.String("text", required: true);
        var terms = item.StringList("terms");
        if (terms.IsEmpty && title is not null)
            item.Diagnostics.Error(item.Start, DiagnosticCodes.MissingField, $"key finding '{title}' names no terms",
                "add 'terms:' with the glossary entries this finding rests on");
        return title is null || text is null ? null : new KeyFinding(title, text, terms, ReadSources(item));
    }

    private static Relationship? ReadRelationship(YamlFields item)
    {
        var from = item.String("from", required: true, "name the entry the relationship starts from: from: medical-necessity");
        var to = item.String("to", required: true, "name the entry it leads to: to: mental-health-parity");
        var label = item.String("label", required: true, "add a short label shown on the connection: label: parity limits how necessity is judged");
        var text = item.String("text", required: true, "explain the connection in plain language, with a concrete instance: text: …");
        var sources = ReadSources(item);
        // Sources that were written but could not be read are reported already; none written at all is reported here.
        if (sources.IsEmpty && !item.HasItems("sources"))
            item.Diagnostics.Error(item.SpanOfKey("sources"), DiagnosticCodes.MissingField,
                $"relationship '{from ?? "?"}' → '{to ?? "?"}' cites no sources",
                "add 'sources:' with at least one '  - title: …' and 'url: https://…' that backs the connection");
        if (from is null || to is null || label is null || text is null || sources.IsEmpty) return null;
        return new Relationship(new(from, item.SpanOfValue("from")), new(to, item.SpanOfValue("to")), label, text, sources);
    }
}
