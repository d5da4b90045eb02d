using Glossary.Diagnostics;

namespace Glossary.Yaml;

/// <summary>A value read from an input file, with where it was written (for later diagnostics).</summary>
public sealed record Located<T>(T Value, SourceLocation Span);
