namespace Glossary.Languages;

/// <summary>
/// The theme's English texts (<see cref="ThemeStrings.English"/>), grouped by the part of the site that shows them.
/// Another language translates every key under 'languages' in site.yml.
/// </summary>
internal static class EnglishTexts
{
    /// <summary>Texts of the layout on every page (skip link, header, navigation, footer, feedback, dates, crisis note) and the entry page.</summary>
    private static readonly KeyValuePair<string, string>[] Layout =
    [
        new("skip_link", "Skip to main content"),
        new("search_label", "Search the glossary"),
        new("search_placeholder", "Search terms, e.g. IOP"),
        new("search_button", "Search"),
        new("site_navigation", "Site"),
        new("categories_navigation", "Categories"),
        new("breadcrumb", "Breadcrumb"),
        new("footer_note", "{0}. Plain-language explanations, not legal or medical advice."),
        new("home", "Home"),
        new("glossary", "Glossary"),
        new("glossary_az", "Glossary A–Z"),
        new("guides", "Guides"),
        new("reports", "Reports"),
        new("categories", "Categories"),
        new("glossary_term", "Glossary term"),
        new("also_called", "Also called: {0}"),
        new("related_terms", "Related terms"),
        new("referenced_in", "Referenced in"),
        new("categories_label", "Categories:"),
        new("sources", "Sources"),
        new("feedback_heading", "Was this helpful?"),
        new("feedback_honeypot", "Leave this empty:"),
        new("feedback_question", "Did this page help you?"),
        new("yes", "Yes"),
        new("no", "No"),
        new("feedback_comment", "What could be clearer? (optional)"),
        new("feedback_hint", "Please leave out names and health details."),
        new("feedback_send", "Send feedback"),
        new("last_modified", "Last modified"),
        new("last_reviewed", "Last reviewed"),
        new("date_format", "{month} {day}, {year}"),
        new("months", "January February March April May June July August September October November December"),
        new("crisis_call", "Call {0}"),
        new("crisis_text", "Text {0}"),
    ];

    /// <summary>Texts of the generated pages and the other page types (A–Z, categories, guides, home, 404, moved, thanks).</summary>
    private static readonly KeyValuePair<string, string>[] Pages =
    [
        new("az_lead", "{0} terms explained in plain language. Pick a letter, or scroll."),
        new("az_letters", "Letters"),
        new("az_no_terms", "(no terms)"),
        new("az_see", "{0}, see"),
        new("back_to_top", "Back to top"),
        new("category", "Category"),
        new("terms", "Terms"),
        new("guides_and_reports", "Guides and reports"),
        new("category_empty", "Nothing is filed under this topic yet. See the"),
        new("full_glossary", "full glossary"),
        new("guide", "Guide"),
        new("report", "Report"),
        new("key_findings", "Key findings"),
        new("rests_on", "Rests on:"),
        new("evidence", "Evidence:"),
        new("on_this_page", "On this page"),
        new("terms_in_guide", "Terms in this guide"),
        new("browse_all", "Browse all {0} terms, A to Z"),
        new("topics", "Topics"),
        new("recently_updated", "Recently updated"),
        new("not_found_title", "Page not found"),
        new("not_found_description", "The page you asked for is not here."),
        new("not_found_lead", "We could not find that page. It may have moved, or the address may have a typo."),
        new("not_found_glossary", "Look the term up in the glossary, A to Z"),
        new("read_guides", "Read the guides"),
        new("go_home", "Go to the home page"),
        new("moved_title", "{0} has moved"),
        new("moved_to", "This page has moved to"),
        new("thanks_title", "Thank you"),
        new("thanks_description", "Thank you for telling us whether the page helped."),
        new("thanks_lead", "Your answer helps us make these pages clearer. We read every comment."),
        new("back_to_glossary", "Back to the glossary, A to Z"),
    ];

    /// <summary>Texts of the search page, with the messages search.js shows.</summary>
    private static readonly KeyValuePair<string, string>[] SearchPage =
    [
        new("search_title", "Search"),
        new("search_description", "Search the {0}: terms, abbreviations and guides."),
        new("search_input_label", "Search for a term, an abbreviation or a topic"),
        new("search_help", "Results appear as you type. Use the down and up arrow keys to move between them and Enter to open one."),
        new("search_results", "Search results"),
        new("search_nojs", "Searching as you type needs JavaScript, which is turned off or has not loaded. You can still find every term:"),
        new("browse_az", "Browse the glossary from A to Z"),
        new("browse_topics", "Browse by topic"),
        new("search_none", "No results for “{0}”. Try fewer words, or browse the A to Z index."),
        new("search_one", "{0} result for “{1}”"),
        new("search_many", "{0} results for “{1}”"),
        new("search_showing", ", showing the best {0}"),
        new("search_kind_entry", "Term"),
        new("search_kind_guide", "Guide"),
        new("search_kind_report", "Report"),
        new("search_kind_page", "Page"),
    ];

    /// <summary>Texts of the index pages' titles, the language switch and the explain page.</summary>
    private static readonly KeyValuePair<string, string>[] IndexesAndTools =
    [
        new("az_title", "Glossary A–Z"),
        new("az_description", "Every term in the {0}, from A to Z, with a one-sentence summary of each."),
        new("guides_title", "Guides and reports"),
        new("guides_description", "Step-by-step guides and research reports on dealing with insurers and providers."),
        new("categories_description", "Browse the glossary and guides by topic."),
        new("category_description", "Terms and guides about {0}."),
        new("in_other_language", "(in English)"),
        new("language_switch", "Language"),
        new("explain_prompt_before", "Have a letter from your health plan?"),
        new("explain_prompt_link", "Paste it to see its words explained"),
        new("explain_prompt_after", ", without it leaving your device."),
        new("explain_title", "Explain my letter"),
        new("explain_description", "Paste a letter or an explanation of benefits from your health plan and see every glossary term in it explained. Your text stays in your browser."),
        new("explain_lead", "Paste a letter from your health plan, such as a denial or an explanation of benefits, to see what its words mean and what you can do."),
        new("explain_nojs_strong", "This tool needs JavaScript, which is turned off or has not loaded."),
        new("explain_nojs", "It reads your letter inside your browser, so it cannot work without it. You can still look up each word of your letter:"),
        new("explain_privacy_strong", "Your letter stays on your device."),
        new("explain_privacy", "What you paste stays in this browser tab. It is not sent to us or anyone else, and it is not stored or logged. The page loaded its list of terms when it opened and fetches nothing more."),
        new("explain_input_label", "Paste the text of your letter"),
        new("explain_help", "Copy it from the PDF or email your plan sent, or type the parts you want explained. Results appear as you type."),
        new("explain_button", "Explain my letter"),
        new("explain_results", "Your letter, explained"),
        new("explain_next", "What you can do now"),
        new("explain_deadlines", "Deadlines mentioned in your letter"),
        new("explain_deadlines_help", "Check your letter for the date each one counts from, and write down the last day."),
        new("explain_terms", "Terms in your letter"),
        new("explain_codes", "Billing codes in your letter"),
        new("explain_marked", "Your letter, with the terms marked"),
        new("explain_marked_help", "Each marked term links to its entry. Its number is its place in the list of terms above."),
    ];

    public static IEnumerable<KeyValuePair<string, string>> All => [.. Layout, .. Pages, .. SearchPage, .. IndexesAndTools];
}
