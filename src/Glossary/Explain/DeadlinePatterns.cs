namespace Glossary.Explain;

/// <summary>
/// How letters write a deadline, per language: a regular expression the build writes into the page's data file and
/// explain-text.js runs with the flags "gi"; group 1 is the deadline, after the character before it (or the start).
/// It uses only syntax that .NET and JavaScript read alike: explicit character classes (never \s, \d, \w or \b, whose
/// meanings differ between the two), alternation tried left to right, and lookahead but no lookbehind (which Safari
/// before 16.4, on many older iPhones, cannot read). The tests run one table of cases (deadline-cases.json) through .NET
/// and through the page.
/// </summary>
public static class DeadlinePatterns
{
    // Spaces as letters pasted from a PDF or a web page have them (no-break, figure and narrow no-break spaces too).
    private const string Space = @"[ \t\r\n\u00a0\u2007\u202f]";
    private const string Edge = "[A-Za-z0-9]";
    private const string Hyphen = @"[-\u2010\u2011]";

    private static readonly string NumberWord =
        $"(?:one{Space}+hundred(?:{Space}+and)?{Space}+eighty|one{Space}+hundred{Space}+twenty|forty{Hyphen}?five|"
        + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|sixty|ninety)";

    // 180, 1,095, sixty, sixty (60).
    private static readonly string Number = $@"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})?|{NumberWord}(?:{Space}*\([0-9]{{1,3}}\))?)";
    private const string Unit = "(?:days?|hours?|weeks?|months?|years?)";
    private const string Kind = "(?:calendar|business|working)";
    private static readonly string Lead =
        $"(?:within|no{Space}+later{Space}+than|not{Space}+later{Space}+than|no{Space}+more{Space}+than|not{Space}+more{Space}+than|up{Space}+to|you{Space}+have|have|has)";

    /// <summary>
    /// English: "within 180 days" (also "within the next 72 hours", "no later than 60 days", "you have 4 months"),
    /// "30 calendar days" and "5 business days", "180-day", and "180 days" when "from", "after" or "before" follows.
    /// A bare count ("10 days of treatment") is not a deadline.
    /// </summary>
    public static readonly string English =
        $"(?:^|[^A-Za-z0-9])("
        + $"{Lead}{Space}+(?:the{Space}+(?:next{Space}+|first{Space}+)?)?{Number}{Space}*(?:{Kind}{Space}+)?{Unit}"
        + $"|{Number}{Space}+{Kind}{Space}+{Unit}"
        + $"|{Number}{Hyphen}(?:day|hour|week|month|year)"
        + $"|{Number}{Space}+{Unit}(?={Space}+(?:from|after|before)(?!{Edge}))"
        + $")(?!{Edge})";

    /// <summary>The pattern for a site's language; English until another language has its own.</summary>
    public static string For(string language) => English;
}
