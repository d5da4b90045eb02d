namespace Glossary.Configuration;

public sealed record Category(string Name, string Slug, string Description)
{
    /// <summary>In a translation, the category's name in the default language, which front matter uses in every language.</summary>
    public string? DefaultName { get; init; }
}
