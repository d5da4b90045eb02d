using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Glossary.Content;
using Glossary.Yaml;

namespace Glossary.Pipeline;

/// <summary>
/// Where each front-matter field is read, and so how far an edit to it reaches (<see cref="Reach"/>). Fields are the
/// properties of <see cref="FrontMatter"/>, and of the records it lists ("KeyFindings.Terms", "Sources.Url"), found by
/// reflection (<see cref="Paths"/>); one that is missing from <see cref="Fields"/> reaches the whole site, and a test
/// fails until it is classified here.
/// </summary>
public static class FrontMatterReach
{
    public static FrozenDictionary<string, Reach> Fields { get; } = new Dictionary<string, Reach>
    {
        // Names the document in every link to it, orders every list, names the term for links and the auto-linker.
        ["Title"] = Reach.Site,
        // Shown beside every link to the document and in lists, the feed and search results.
        ["Summary"] = Reach.ShowingPages,
        // Names in the term index, the auto-linker and the A–Z index.
        ["Aliases"] = Reach.Site,
        // Category pages, related-term scores and fill-ins, the crisis note.
        ["Categories"] = Reach.Site,
        // Its related terms, and the one-way 'related' warnings of the entries it lists.
        ["Related"] = Reach.Site,
        ["Sources.Title"] = Reach.OwnPage,
        ["Sources.Url"] = Reach.OwnPage,
        ["Sources.Publisher"] = Reach.OwnPage,
        // Dates order the home page's list and the feed, and go into the sitemap.
        ["Reviewed"] = Reach.Site,
        ["Updated"] = Reach.Site,
        ["Draft"] = Reach.Site,
        // Guides and reports are listed apart on the guides index.
        ["GuideKind"] = Reach.Site,
        ["KeyFindings.Title"] = Reach.OwnPage,
        ["KeyFindings.Text"] = Reach.OwnPage,
        // Shown on its own page; the links to the terms are in the link graph, whose readers an update follows.
        ["KeyFindings.Terms"] = Reach.OwnPage,
        ["KeyFindings.Sources.Title"] = Reach.OwnPage,
        ["KeyFindings.Sources.Url"] = Reach.OwnPage,
        ["KeyFindings.Sources.Publisher"] = Reach.OwnPage,
        ["Terms"] = Reach.OwnPage,
        ["RedirectFrom"] = Reach.Site,
        // On an entry: whether other pages link its mentions.
        ["Autolink"] = Reach.Site,
        // A document with errors: other documents' checks skip what it could not read.
        ["Partial"] = Reach.Site,
        ["CrisisCallout"] = Reach.OwnPage,
        // A report's highlights, on its own page. The edges its ends and label make are the semantic network's: the
        // outputs that read a changed edge's connections are found by BuildNetwork, not here.
        ["Relationships.From"] = Reach.OwnPage,
        ["Relationships.To"] = Reach.OwnPage,
        ["Relationships.Label"] = Reach.OwnPage,
        ["Relationships.Text"] = Reach.OwnPage,
        ["Relationships.Sources.Title"] = Reach.OwnPage,
        ["Relationships.Sources.Url"] = Reach.OwnPage,
        ["Relationships.Sources.Publisher"] = Reach.OwnPage,
        // A translation's record of the twin it translates: read by 'check' only (parity), which makes no updates.
        ["SourceHash"] = Reach.OwnPage,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every field of the front matter: each property, and each property of the content records it lists.</summary>
    public static ImmutableArray<string> Paths => [.. All.Select(f => f.Path)];

    private static readonly ImmutableArray<Field> All = FieldsOf(typeof(FrontMatter), "", []);

    /// <summary>The farthest reach among the fields that differ between two parses of a document's front matter.</summary>
    public static Reach Of(FrontMatter before, FrontMatter after)
    {
        var reach = Reach.OwnPage;
        foreach (var field in All)
        {
            var fieldReach = Fields.GetValueOrDefault(field.Path, Reach.Site);
            if (fieldReach > reach && !Same(ValueAt(before, field.Properties), ValueAt(after, field.Properties))) reach = fieldReach;
        }
        return reach;
    }

    /// <summary>A field's path ("KeyFindings.Sources.Url") and the properties read along it.</summary>
    private sealed record Field(string Path, ImmutableArray<PropertyInfo> Properties);

    // The annotations keep the properties of FrontMatter and of the records it lists in a trimmed (native) build, which
    // would otherwise cut them away: no field would be found, and an edit to any would reach only its own page.
    private static ImmutableArray<Field> FieldsOf(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type, string prefix, ImmutableArray<PropertyInfo> along)
    {
        var fields = ImmutableArray.CreateBuilder<Field>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var path = prefix + property.Name;
            if (ListedRecord(property.PropertyType) is { } element) fields.AddRange(FieldsOf(element, path + ".", along.Add(property)));
            else fields.Add(new Field(path, along.Add(property)));
        }
        return fields.ToImmutable();
    }

    /// <summary>
    /// T of an ImmutableArray&lt;T&gt; whose T is a record of the content model (a finding, a source); else null. Named
    /// one by one, so that a trimmed build keeps their properties; a test fails when a field lists a record not named here.
    /// </summary>
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    private static Type? ListedRecord(Type type) =>
        type == typeof(ImmutableArray<KeyFinding>) ? typeof(KeyFinding)
        : type == typeof(ImmutableArray<Relationship>) ? typeof(Relationship)
        : type == typeof(ImmutableArray<SourceReference>) ? typeof(SourceReference)
        : null;

    /// <summary>The value of a field: a property's value, or for a listed record the list of its elements' values.</summary>
    private static object? ValueAt(object? value, ImmutableArray<PropertyInfo> properties, int step = 0)
    {
        if (value is null) return null;
        var property = properties[step].GetValue(value);
        return step == properties.Length - 1
            ? property
            : ((IEnumerable)property!).Cast<object>().Select(e => ValueAt(e, properties, step + 1)).ToList();
    }

    /// <summary>
    /// Equal in content: lists element by element, a value written in a file by its value alone (where it stands only
    /// matters to its own file's diagnostics, which an update checks again).
    /// </summary>
    private static bool Same(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is string || b is string) return Equals(a, b);
        if (a is IEnumerable x && b is IEnumerable y)
        {
            var left = x.Cast<object?>().ToList();
            var right = y.Cast<object?>().ToList();
            return left.Count == right.Count && left.Zip(right).All(p => Same(p.First, p.Second));
        }
        // The front matter's located values are strings; one of another type would compare with where it stands, and an
        // edit that only moved it would rebuild more than it needs to.
        if (a is Located<string> located && b is Located<string> other) return located.Value == other.Value;
        return Equals(a, b);
    }
}
