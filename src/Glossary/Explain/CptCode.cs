namespace Glossary.Explain;

/// <summary>A billing code the "Explain my letter" page recognises (data/cpt-codes.yml), with a one-line plain meaning.</summary>
public sealed record CptCode(string Code, string Meaning);
