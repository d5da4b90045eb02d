using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Glossary.Languages;

/// <summary>
/// Every text the theme and the generated pages write themselves (headings, buttons, labels, page titles), by key,
/// in one language. <see cref="English"/> is the default table; another language's table comes from its entry under
/// 'languages' in site.yml and must translate every key, so no English text is left on its pages.
/// Texts with "{0}" take a value (a count, a name), inserted as is.
/// </summary>
public sealed class ThemeStrings
{
    private readonly FrozenDictionary<string, string> _texts;

    private ThemeStrings(IEnumerable<KeyValuePair<string, string>> texts) =>
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English texts, which are also the list of keys.</summary>
    public static ThemeStrings English { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skip_link"] = "Skip to main content",
        ["search_label"] = "Search the glossary",
        ["search_placeholder"] = "Search terms, e.g. IOP",
        ["search_button"] = "Search",
        ["site_navigation"] = "Site",
        ["categories_navigation"] = "Categories",
        ["breadcrumb"] = "Breadcrumb",
        ["footer_note"] = "{0}. Plain-language explanations, not legal or medical advice.",
        ["home"] = "Home",
        ["glossary"] = "Glossary",
        ["glossary_az"] = "Glossary A–Z",
        ["guides"] = "Guides",
        ["reports"] = "Reports",
        ["categories"] = "Categories",
        ["glossary_term"] = "Glossary term",
        ["also_called"] = "Also called: {0}",
        ["related_terms"] = "Related terms",
        ["referenced_in"] = "Referenced in",
        ["categories_label"] = "Categories:",
        ["sources"] = "Sources",
        ["feedback_heading"] = "Was this helpful?",
        ["feedback_honeypot"] = "Leave this empty:",
        ["feedback_question"] = "Did this page help you?",
        ["yes"] = "Yes",
        ["no"] = "No",
        ["feedback_comment"] = "What could be clearer? (optional)",
        ["feedback_hint"] = "Please leave out names and health details.",
        ["feedback_send"] = "Send feedback",
        ["last_modified"] = "Last modified",
        ["last_reviewed"] = "Last reviewed",
        ["date_format"] = "{month} {day}, {year}",
        ["months"] = "January February March April May June July August September October November December",
        ["crisis_call"] = "Call {0}",
        ["crisis_text"] = "Text {0}",
        ["az_lead"] = "{0} terms explained in plain language. Pick a letter, or scroll.",
        ["az_letters"] = "Letters",
        ["az_no_terms"] = "(no terms)",
        ["az_see"] = "{0}, see",
        ["back_to_top"] = "Back to top",
        ["category"] = "Category",
        ["terms"] = "Terms",
        ["guides_and_reports"] = "Guides and reports",
        ["category_empty"] = "Nothing is filed under this topic yet. See the",
        ["full_glossary"] = "full glossary",
        ["guide"] = "Guide",
        ["report"] = "Report",
        ["key_findings"] = "Key findings",
        ["rests_on"] = "Rests on:",
        ["evidence"] = "Evidence:",
        ["on_this_page"] = "On this page",
        ["terms_in_guide"] = "Terms in this guide",
        ["browse_all"] = "Browse all {0} terms, A to Z",
        ["topics"] = "Topics",
        ["recently_updated"] = "Recently updated",
        ["not_found_title"] = "Page not found",
        ["not_found_description"] = "The page you asked for is not here.",
        ["not_found_lead"] = "We could not find that page. It may have moved, or the address may have a typo.",
        ["not_found_glossary"] = "Look the term up in the glossary, A to Z",
        ["read_guides"] = "Read the guides",
        ["go_home"] = "Go to the home page",
        ["moved_title"] = "{0} has moved",
        ["moved_to"] = "This page has moved to",
        ["thanks_title"] = "Thank you",
        ["thanks_description"] = "Thank you for telling us whether the page helped.",
        ["thanks_lead"] = "Your answer helps us make these pages clearer. We read every comment.",
        ["back_to_glossary"] = "Back to the glossary, A to Z",
        ["search_title"] = "Search",
        ["search_description"] = "Search the {0}: terms, abbreviations and guides.",
        ["search_input_label"] = "Search for a term, an abbreviation or a topic",
        ["search_help"] = "Results appear as you type. Use the down and up arrow keys to move between them and Enter to open one.",
        ["search_results"] = "Search results",
        ["search_nojs"] = "Searching as you type needs JavaScript, which is turned off or has not loaded. You can still find every term:",
        ["browse_az"] = "Browse the glossary from A to Z",
        ["browse_topics"] = "Browse by topic",
        ["search_none"] = "No results for “{0}”. Try fewer words, or browse the A to Z index.",
        ["search_one"] = "{0} result for “{1}”",
        ["search_many"] = "{0} results for “{1}”",
        ["search_showing"] = ", showing the best {0}",
        ["search_kind_entry"] = "Term",
        ["search_kind_guide"] = "Guide",
        ["search_kind_report"] = "Report",
        ["search_kind_page"] = "Page",
        ["az_title"] = "Glossary A–Z",
        ["az_description"] = "Every term in the {0}, from A to Z, with a one-sentence summary of each.",
        ["guides_title"] = "Guides and reports",
        ["guides_description"] = "Step-by-step guides and research reports on dealing with insurers and providers.",
        ["categories_description"] = "Browse the glossary and guides by topic.",
        ["category_description"] = "Terms and guides about {0}.",
        ["in_other_language"] = "(in English)",
        ["language_switch"] = "Language",
        ["explain_prompt_before"] = "Have a letter from your health plan?",
        ["explain_prompt_link"] = "Paste it to see its words explained",
        ["explain_prompt_after"] = ", without it leaving your device.",
        ["explain_title"] = "Explain my letter",
        ["explain_description"] = "Paste a letter or an explanation of benefits from your health plan and see every glossary term in it explained. Your text stays in your browser.",
        ["explain_lead"] = "Paste a letter from your health plan, such as a denial or an explanation of benefits, to see what its words mean and what you can do.",
        ["explain_nojs_strong"] = "This tool needs JavaScript, which is turned off or has not loaded.",
        ["explain_nojs"] = "It reads your letter inside your browser, so it cannot work without it. You can still look up each word of your letter:",
        ["explain_privacy_strong"] = "Your letter stays on your device.",
        ["explain_privacy"] = "What you paste stays in this browser tab. It is not sent to us or anyone else, and it is not stored or logged. The page loaded its list of terms when it opened and fetches nothing more.",
        ["explain_input_label"] = "Paste the text of your letter",
        ["explain_help"] = "Copy it from the PDF or email your plan sent, or type the parts you want explained. Results appear as you type.",
        ["explain_button"] = "Explain my letter",
        ["explain_results"] = "Your letter, explained",
        ["explain_next"] = "What you can do now",
        ["explain_deadlines"] = "Deadlines mentioned in your letter",
        ["explain_deadlines_help"] = "Check your letter for the date each one counts from, and write down the last day.",
        ["explain_terms"] = "Terms in your letter",
        ["explain_codes"] = "Billing codes in your letter",
        ["explain_marked"] = "Your letter, with the terms marked",
        ["explain_marked_help"] = "Each marked term links to its entry. Its number is its place in the list of terms above.",
    });

    public static ImmutableArray<string> Keys { get; } = [.. English._texts.Keys.Order(StringComparer.Ordinal)];

    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"the theme has no text '{key}'");

    /// <summary>A text with its "{0}", "{1}"… replaced by <paramref name="values"/>, in order.</summary>
    public string Format(string key, params string[] values)
    {
        var text = this[key];
        for (var i = 0; i < values.Length; i++) text = text.Replace("{" + (char)('0' + i) + "}", values[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>A translation: <paramref name="texts"/> must hold every key (<see cref="LanguagesReader"/> checks it).</summary>
    public static ThemeStrings Of(IReadOnlyDictionary<string, string> texts) => new(texts);

    /// <summary>A date as readers of this language write it ("November 22, 2026", "22 de noviembre de 2026").</summary>
    public string Date(DateOnly date)
    {
        var months = this["months"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return this["date_format"]
            .Replace("{month}", month, StringComparison.Ordinal)
            .Replace("{day}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
