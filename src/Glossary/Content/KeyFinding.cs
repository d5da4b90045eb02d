using System.Collections.Immutable;
using Glossary.Yaml;

namespace Glossary.Content;

/// <summary>One finding of a report, tied to the glossary entries it rests on and the sources that back it.</summary>
public sealed record KeyFinding(string Title, string Text, ImmutableArray<Located<string>> Terms, ImmutableArray<SourceReference> Sources);
