namespace Glossary.Linking;

/// <summary>
/// The language of a link's target when it is not the page's: its code (hreflang="en") and the words that tell
/// readers, in the page's language ("(en inglés)").
/// </summary>
public sealed record OtherLanguage(string Code, string Label);
