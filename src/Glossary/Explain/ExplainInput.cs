using System.Collections.Immutable;
using Glossary.Yaml;

namespace Glossary.Explain;

/// <summary>
/// What editors tell the "Explain my letter" page besides the glossary itself, read from input/data/: the billing
/// codes it recognises, the words that signal a denial, and the pages to show first when a letter has one.
/// </summary>
/// <param name="NextSteps">Site addresses (/guides/…/, /glossary/…/) as written, checked against the site's pages later.</param>
public sealed record ExplainInput(ImmutableArray<CptCode> Codes, ImmutableArray<string> DenialWords, ImmutableArray<Located<string>> NextSteps)
{
    public static ExplainInput Empty { get; } = new([], [], []);
}
