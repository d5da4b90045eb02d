namespace Glossary.Content;

public enum GuideKind
{
    Guide,
    Report,
}
