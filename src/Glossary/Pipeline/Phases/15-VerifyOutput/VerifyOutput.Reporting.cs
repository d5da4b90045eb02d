using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// How <see cref="VerifyOutput"/> reports a link that does not resolve: at the line of the content file or site.yml
/// that wrote it, or else as the theme's.
/// </summary>
public sealed partial class VerifyOutput
{
    private static void Report(IReadOnlyList<string> pagesHit, string tag, string attribute, string value, string problem,
        ContentDocument? document, SourceText siteYaml, DiagnosticBag diagnostics)
    {
        var where = pagesHit.Count == 1 ? $"/{pagesHit[0]}" : $"{pagesHit.Count} pages (first /{pagesHit[0]})";
        var message = $"{tag} on {where} {problem}";
        if (document is not null && (Locate(SourceText.Of(document), value) ?? LocateIdReference(SourceText.Of(document), attribute, value)) is { } inContent)
        {
            diagnostics.Error(inContent, DiagnosticCodes.BrokenRenderedLink, message,
                "fix the address in this file's raw HTML, or write the link in Markdown so it is checked by name");
            return;
        }
        if (Locate(siteYaml, value) is { } inConfig)
        {
            diagnostics.Error(inConfig, DiagnosticCodes.BrokenRenderedLink, message,
                "a navigation link in site.yml points nowhere: fix its url, or add the page it names");
            return;
        }
        diagnostics.Error(SourceLocation.WholeFile($"theme (page /{pagesHit[0]})"), DiagnosticCodes.BrokenRenderedLink, message,
            "a theme component writes this link: fix the component in theme/Glossary.Theme");
    }

    private static SourceLocation? Locate(SourceText source, string value)
    {
        if (source.Text.Length == 0) return null;
        var index = source.Text.IndexOf(value, StringComparison.Ordinal);
        return index < 0 ? null : At(source, index);
    }

    /// <summary>
    /// Where raw HTML names a missing id in an attribute that lists ids (aria-describedby="a b"): the value was
    /// reported as "#b", which the source does not contain as such.
    /// </summary>
    private static SourceLocation? LocateIdReference(SourceText source, string attribute, string value)
    {
        if (!IdReferenceAttributes.Contains(attribute) || !value.StartsWith('#')) return null;
        var id = value[1..];
        var opening = attribute + "=\"";
        for (var index = source.Text.IndexOf(opening, StringComparison.Ordinal); index >= 0;
             index = source.Text.IndexOf(opening, index + 1, StringComparison.Ordinal))
        {
            var start = index + opening.Length;
            var end = source.Text.IndexOf('"', start);
            if (end < 0) return null;
            var offset = 0;
            foreach (var name in source.Text[start..end].Split(' '))
            {
                if (name == id) return At(source, start + offset);
                offset += name.Length + 1;
            }
        }
        return null;
    }

    private static SourceLocation At(SourceText source, int index) => TextPosition.In(source.DisplayPath, source.Text, index);
}
