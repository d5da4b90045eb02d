namespace Glossary.Diagnostics;

/// <summary>
/// What one diagnostic code stands for: its id (a constant of <see cref="DiagnosticCodes"/>), the one severity it is
/// reported with, its title (the README's description of it) and the hint given where no more specific one is.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string Title, string Hint);
