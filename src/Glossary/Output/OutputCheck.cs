namespace Glossary.Output;

/// <summary>How the rendered-output check reads each page; both check the same attributes by the same rules.</summary>
public enum OutputCheck
{
    /// <summary>AngleSharp's HTML tokenizer reads every page: 'glossary check' and CI.</summary>
    Full,

    /// <summary>
    /// <see cref="HtmlAttributeScanner"/> reads every page's UTF-8 bytes as they come from the renderer: 'glossary
    /// build' and 'serve'. Tests hold it to the full check on every page of the real site and on seeded broken links.
    /// </summary>
    Fast,
}
