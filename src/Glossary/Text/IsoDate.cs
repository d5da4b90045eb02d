using System.Globalization;

namespace Glossary.Text;

/// <summary>
/// Dates as the site writes and reads them, whatever the culture of the machine building it (under th-TH a
/// culture-formatted year is the Buddhist 2569, under ar-SA the Hijri 1448).
/// </summary>
public static class IsoDate
{
    private const string Iso = "yyyy-MM-dd";

    /// <summary>2026-11-22: front matter, sitemap, feed, JSON-LD, <c>&lt;time datetime&gt;</c>.</summary>
    public static string Format(DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);

    /// <summary>November 22, 2026: the date as a reader sees it on a page (the site is in English).</summary>
    public static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
