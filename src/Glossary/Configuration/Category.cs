namespace Glossary.Configuration;

public sealed record Category(string Name, string Slug, string Description);
