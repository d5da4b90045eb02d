namespace Glossary.Content;

public enum DocumentKind
{
    Entry,
    Guide,
    Page,
}
