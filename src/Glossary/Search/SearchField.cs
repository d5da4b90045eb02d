namespace Glossary.Search;

/// <summary>Where a word appears, with how much it counts: a match in the title outranks one in the body.</summary>
public enum SearchField
{
    Body = 1,
    Heading = 3,
    Summary = 4,
    Alias = 8,
    Title = 10,
}
