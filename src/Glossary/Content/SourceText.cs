using System.Text;

namespace Glossary.Content;

/// <summary>The text of an input file with the path diagnostics print for it.</summary>
public sealed record SourceText(string DisplayPath, string Text)
{
    public static SourceText Of(ContentDocument document) => new(document.DisplayPath, Encoding.UTF8.GetString(document.Source.Bytes));
}
