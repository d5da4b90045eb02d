namespace Glossary.Configuration;

public sealed record NavigationLink(string Title, string Url);
