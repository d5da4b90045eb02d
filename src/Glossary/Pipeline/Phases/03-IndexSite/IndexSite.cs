using System.Collections.Immutable;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Text;
using Glossary.Yaml;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 3, across documents: drops drafts, checks that every address and every term name is claimed once, that
/// categories exist, and that related/terms/key_findings name real entries; indexes the entries' names (for lookups
/// and for finding their mentions in text).
/// </summary>
public static class IndexSite
{
    /// <param name="fallback">For a translation, the default language's site (<see cref="Site.Fallback"/>).</param>
    public static Site Run(SiteConfig config, ImmutableArray<ContentDocument> parsed, ImmutableArray<SourceFile> files, DiagnosticBag diagnostics,
        Site? fallback = null)
    {
        var published = parsed.Where(d => !d.Meta.Draft)
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .ThenBy(d => d.Source.RelativePath, StringComparer.Ordinal)
            .ToImmutableArray();

        var unique = RemoveDuplicateAddresses(published, diagnostics);
        var entries = unique.Where(d => d.Kind == DocumentKind.Entry).ToList();
        CheckAliases(entries, diagnostics);
        var staticFiles = files.Where(f => !f.IsMarkdown && !ContentLayout.IsData(f.RelativePath)).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();
        var terms = new TermIndex(entries);
        // A translation also finds the default language's names of the terms it has no twin of (IOP), linked to that language.
        var untranslated = fallback is null ? [] : fallback.Entries.Where(e => terms.BySlug(e.Slug) is null).ToList();
        var site = new Site(config, unique, terms, new TermMatcher(entries.Concat(untranslated)), staticFiles) { Fallback = fallback };
        var known = untranslated.Count == 0 ? terms : new TermIndex(entries.Concat(untranslated));
        foreach (var document in unique) CheckDocument(site, known, document, diagnostics);
        return site;
    }

    /// <summary>
    /// The site with a document's newer parse (an update), whose names, address and lists other documents read have
    /// not changed; its own references are checked again.
    /// </summary>
    public static Site Run(Site site, ContentDocument updated, DiagnosticBag diagnostics)
    {
        var documents = site.Documents.SetItem(site.Documents.IndexOf(updated), updated);
        var updatedSite = site with { Documents = documents, Terms = updated.Kind == DocumentKind.Entry ? site.Terms.WithEntry(updated) : site.Terms };
        CheckDocument(updatedSite, updatedSite.Terms, updated, diagnostics);
        return updatedSite;
    }

    /// <summary>
    /// What is checked of each document against the others: its categories, the entries it names (<paramref name="known"/>:
    /// a translation may name a term it has no twin of), related lists that are not returned.
    /// </summary>
    private static void CheckDocument(Site site, TermIndex known, ContentDocument document, DiagnosticBag diagnostics)
    {
        CheckCategories(site.Config, document, diagnostics);
        CheckTermReferences(known, document, document.Meta.Related, "related", diagnostics);
        CheckTermReferences(known, document, document.Meta.Terms, "terms", diagnostics);
        foreach (var finding in document.Meta.KeyFindings)
            CheckTermReferences(known, document, finding.Terms, "key_findings", diagnostics);
        foreach (var relationship in document.Meta.Relationships)
        {
            CheckRelationshipEnd(known, relationship.From, "from", diagnostics);
            CheckRelationshipEnd(known, relationship.To, "to", diagnostics);
        }
        if (document.Kind == DocumentKind.Entry) CheckRelatedIsMutual(site.Terms, document, diagnostics);
    }

    private static ImmutableArray<ContentDocument> RemoveDuplicateAddresses(ImmutableArray<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        var kept = ImmutableArray.CreateBuilder<ContentDocument>();
        foreach (var group in documents.GroupBy(d => d.Url))
        {
            var first = group.First();
            if (first.Kind == DocumentKind.Page && SiteRoutes.ReservedPageSlugs.Contains(first.Slug))
            {
                diagnostics.Error(SourceLocation.WholeFile(first.DisplayPath), DiagnosticCodes.DuplicateSlug,
                    $"the page address '{first.Url}' is reserved for the site's own pages", $"rename the file, for example to '{first.Slug}-info.md'");
                continue;
            }
            kept.Add(first);
            foreach (var other in group.Skip(1))
                diagnostics.Error(SourceLocation.WholeFile(other.DisplayPath), DiagnosticCodes.DuplicateSlug,
                    $"slug '{other.Slug}' is already used by {first.DisplayPath}; both would be published at {first.Url}",
                    "rename one of the files; if they are the same term, merge them and list the other name under 'aliases'");
        }
        return kept.ToImmutable();
    }

    private static void CheckAliases(IEnumerable<ContentDocument> entries, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, span) in NamesWithSpans(entry))
            {
                var key = TextFolding.Fold(name);
                if (!own.Add(key)) continue;
                if (owners.TryGetValue(key, out var owner))
                    diagnostics.Error(span, DiagnosticCodes.DuplicateAlias,
                        $"'{name}' already names the entry '{owner.Title}' ({owner.DisplayPath})",
                        "a title or alias must point to one entry; remove it here or there, or make the names more specific");
                else
                    owners[key] = entry;
            }
        }
    }

    private static IEnumerable<(string Name, SourceLocation Span)> NamesWithSpans(ContentDocument entry)
    {
        var file = SourceLocation.WholeFile(entry.DisplayPath);
        yield return (entry.Slug, file);
        yield return (entry.Title, file);
        foreach (var alias in entry.Meta.Aliases) yield return (alias.Value, alias.Span);
    }

    private static void CheckCategories(SiteConfig config, ContentDocument document, DiagnosticBag diagnostics)
    {
        foreach (var category in document.Meta.Categories)
        {
            if (config.FindCategory(category.Value) is not null) continue;
            var names = config.Categories.Select(c => c.Name).ToArray();
            diagnostics.Error(category.Span, DiagnosticCodes.InvalidValue,
                $"unknown category '{category.Value}'{DidYouMean.Phrase(category.Value, names)}",
                $"use one of: {string.Join(", ", names)} (categories are listed in site.yml)");
        }
    }

    private static void CheckRelatedIsMutual(TermIndex terms, ContentDocument entry, DiagnosticBag diagnostics)
    {
        foreach (var name in entry.Meta.Related)
        {
            // An entry whose front matter has errors may have a 'related' list that could not be read: no echo of that.
            if (terms.Lookup(name.Value) is not [var other] || other == entry || other.Meta.Partial) continue;
            if (other.Meta.Related.Any(back => terms.Lookup(back.Value) is [var b] && b == entry)) continue;
            diagnostics.Warning(name.Span, DiagnosticCodes.OneWayRelated,
                $"'{other.Title}' is listed as related here, but {other.DisplayPath} does not list '{entry.Title}' back",
                $"add '{entry.Slug}' to 'related' in {other.DisplayPath}, or remove '{name.Value}' here");
        }
    }

    private static void CheckTermReferences(TermIndex terms, ContentDocument document, ImmutableArray<Located<string>> names, string field, DiagnosticBag diagnostics)
    {
        foreach (var name in names)
        {
            var found = terms.Lookup(name.Value);
            if (found.Count == 0)
                diagnostics.Error(name.Span, DiagnosticCodes.UnknownTermReference,
                    $"'{field}' names '{name.Value}', which is not a glossary entry{terms.DidYouMean(name.Value)}",
                    "use an entry's title, slug or alias; if the entry does not exist yet, add it first");
        }
    }

    private static void CheckRelationshipEnd(TermIndex terms, Located<string> name, string field, DiagnosticBag diagnostics)
    {
        var found = terms.Lookup(name.Value);
        if (found.Count == 1) return;
        diagnostics.Error(name.Span, DiagnosticCodes.UnknownRelationshipTerm,
            found.Count == 0
                ? $"relationship '{field}' names '{name.Value}', which is not a glossary entry{terms.DidYouMean(name.Value)}"
                : $"relationship '{field}' names '{name.Value}', which names {string.Join(", ", found.Select(f => $"'{f.Title}' ({f.Slug})"))}",
            found.Count == 0
                ? "use an entry's slug, title or alias, as in 'related'; if the entry does not exist yet, add it first"
                : "name the entry by its slug, such as '" + found[0].Slug + "'");
    }
}
