using System.Text;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Markdown;
using Glossary.Pipeline.Phases;

namespace Glossary.Tests.Support;

/// <summary>Entries parsed from <see cref="TestSite.Entry"/> texts, without building a site: for the fast, table-driven tests.</summary>
public static class ParsedEntries
{
    /// <summary>One entry per (slug, title, extra front matter).</summary>
    public static IReadOnlyList<ContentDocument> Of(params (string Slug, string Title, string FrontMatter)[] entries)
    {
        var files = entries.Select(e => new SourceFile($"glossary/{e.Slug}.md", $"input/glossary/{e.Slug}.md",
            Encoding.UTF8.GetBytes(TestSite.Entry(e.Title, extraFrontMatter: e.FrontMatter)))).ToList();
        var diagnostics = new DiagnosticBag();
        var documents = ParseDocuments.Run([.. files], MarkdownPipelineFactory.Create(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return documents;
    }
}
