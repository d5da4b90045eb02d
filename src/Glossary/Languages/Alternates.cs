using System.Collections.Immutable;
using Glossary.Linking;
using Glossary.Rendering;

namespace Glossary.Languages;

/// <summary>
/// The versions of a page in the site's languages, itself included: a document's twins, or, for the pages the site
/// generates (home, A–Z, search…), the page in every language. Empty when the page exists in one language only.
/// </summary>
public static class Alternates
{
    public static ImmutableArray<AlternateView> For(Twins twins, PageView view)
    {
        var languages = view switch
        {
            // The explain tool's data is English: its page is the default language's only. A letter's page of /network/
            // lists the titles of its language, which start with other letters in another.
            RedirectPageView or ExplainPageView or NetworkLetterPageView => [],
            EntryPageView or GuidePageView or ContentPageView => twins.At(view.Path).Select(t => t.Language).ToList(),
            _ => [.. twins.Languages],
        };
        if (languages.Count < 2) return [];
        return
        [
            .. languages.Select(l => new AlternateView(l.Language, l.LanguageName, SiteUrl.Href(l.BasePath, view.Path),
                SiteUrl.Absolute(l.BaseUrl.ToString(), view.Path), l.OutputFolder.Length == 0)),
        ];
    }
}
