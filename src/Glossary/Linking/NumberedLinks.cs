using System.Collections.Concurrent;
using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// A link graph's lists as document numbers, for related-term scoring, which reads some twenty lists a page and scores
/// each document it finds: a document's number is its place in <see cref="Site.Documents"/> (one a document that is not
/// there gets on first sight), each list is numbered the first time a page reads it and kept, and so are each
/// document's categories. A number is negative (<c>~number</c>) for a document that is not an entry: it can lead to
/// candidates but is none itself. Safe to share between threads; a list numbered twice at once comes out the same.
/// </summary>
internal sealed class NumberedLinks
{
    private readonly Site _site;
    private readonly LinkGraph _graph;
    private readonly Dictionary<ContentDocument, int> _numbers;
    private readonly ConcurrentDictionary<ContentDocument, int> _others = new();
    private readonly Dictionary<string, int> _categoryNumbers = new(StringComparer.Ordinal);
    private readonly int[]?[] _from;
    private readonly int[]?[] _to;
    private readonly int[]?[] _categories;
    private int _count;

    public NumberedLinks(Site site, LinkGraph graph)
    {
        _site = site;
        _graph = graph;
        _numbers = new Dictionary<ContentDocument, int>(site.Documents.Length);
        foreach (var document in site.Documents) _numbers.TryAdd(document, _numbers.Count);
        foreach (var category in site.Config.Categories) _categoryNumbers.TryAdd(category.Slug, _categoryNumbers.Count);
        _count = _numbers.Count;
        _from = new int[]?[_count];
        _to = new int[]?[_count];
        _categories = new int[]?[_count];
    }

    /// <summary>How many numbers have been given so far (every one is below it).</summary>
    public int Count => Volatile.Read(ref _count);

    public int NumberOf(ContentDocument document) =>
        _numbers.TryGetValue(document, out var number) ? number : _others.GetOrAdd(document, _ => Interlocked.Increment(ref _count) - 1);

    /// <summary>The graph's <see cref="LinkGraph.LinksFrom"/> (read through the graph, so an observer sees it), with its numbers.</summary>
    public NumberedList LinksFrom(ContentDocument document) => Numbered(document, _graph.LinksFrom(document), _from);

    /// <summary>The graph's <see cref="LinkGraph.LinksTo"/> (read through the graph, so an observer sees it), with its numbers.</summary>
    public NumberedList LinksTo(ContentDocument document) => Numbered(document, _graph.LinksTo(document), _to);

    /// <summary>The numbers of the site.yml categories a document names (<see cref="Site.CategoriesOf"/>), by slug.</summary>
    public int[] CategoriesOf(ContentDocument document, int number)
    {
        if (number < _categories.Length && _categories[number] is { } known) return known;
        var categories = _site.CategoriesOf(document);
        var numbers = new int[categories.Count];
        for (var i = 0; i < numbers.Length; i++) numbers[i] = _categoryNumbers[categories[i].Slug];
        if (number < _categories.Length) Volatile.Write(ref _categories[number], numbers);
        return numbers;
    }

    private NumberedList Numbered(ContentDocument owner, ImmutableArray<ContentDocument> list, int[]?[] cache)
    {
        var at = NumberOf(owner);
        if (at < cache.Length && cache[at] is { } known) return new(list, known);
        var numbers = new int[list.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            var number = NumberOf(list[i]);
            numbers[i] = list[i].Kind == DocumentKind.Entry ? number : ~number;
        }
        if (at < cache.Length) Volatile.Write(ref cache[at], numbers);
        return new(list, numbers);
    }
}

/// <summary>A list of the link graph, and each of its documents' numbers (<see cref="NumberedLinks"/>).</summary>
internal readonly record struct NumberedList(ImmutableArray<ContentDocument> Documents, int[] Numbers);
