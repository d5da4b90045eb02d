using Glossary.Content;

namespace Glossary.Linking;

/// <summary>The id of the element that holds an entry's summary on a page, which term links point to with aria-describedby.</summary>
public static class TermIds
{
    public static string For(ContentDocument entry) => "term-" + entry.Slug;
}
