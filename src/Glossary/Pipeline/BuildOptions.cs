namespace Glossary.Pipeline;

public sealed record BuildOptions(string? BaseUrlOverride = null, bool Strict = false);
