using Glossary.Diagnostics;
using Markdig.Syntax;

namespace Glossary.Markdown;

/// <summary>
/// The theme writes each page's title as its one level-1 heading, so a '# …' in the body gives the page a second
/// one, often the title again (pasted from another editor). A warning: the page still builds, 'build --strict' stops.
/// </summary>
public static class LevelOneHeadingCheck
{
    public static void Check(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level != 1) continue;
            diagnostics.Warning(heading.LocationIn(file), DiagnosticCodes.LevelOneHeading,
                "a level-1 heading ('# …') in the body: the page's title is already its level-1 heading",
                "delete it if it repeats the title (the title comes from 'title:'), or make it a section with '## …'");
        }
    }
}
