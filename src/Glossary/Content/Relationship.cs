using System.Collections.Immutable;
using Glossary.Yaml;

namespace Glossary.Content;

/// <summary>
/// One explained connection between two glossary entries, written in front matter under 'relationships' (a report's
/// "relationship highlight"): the entries it joins, a short label shown on the edge, a plain-language text with a
/// concrete instance, and the sources that back it.
/// </summary>
public sealed record Relationship(
    Located<string> From,
    Located<string> To,
    string Label,
    string Text,
    ImmutableArray<SourceReference> Sources);
