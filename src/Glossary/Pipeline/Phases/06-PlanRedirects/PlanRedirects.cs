using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Text;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// Phase 6: turns each document's <c>redirect_from</c> into a redirect from the old address.
/// A bare slug means the same section ("old-slug" on an entry is /glossary/old-slug/); a path starting with "/" is taken as is.
/// </summary>
public static class PlanRedirects
{
    public static ImmutableArray<Redirect> Run(Site site, SiteRoutes routes, DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var redirects = ImmutableArray.CreateBuilder<Redirect>();
        foreach (var document in site.Documents)
        {
            foreach (var old in document.Meta.RedirectFrom)
            {
                var from = ToPath(document, old.Value);
                if (from is null)
                {
                    diagnostics.Error(old.Span, DiagnosticCodes.InvalidRedirectFrom, $"redirect_from '{old.Value}' is not a slug or a site path",
                        $"write the old file name without .md, such as '{Slugs.From(old.Value)}', or a path such as /glossary/old-name/");
                    continue;
                }
                if (routes.Exists(from))
                {
                    diagnostics.Error(old.Span, DiagnosticCodes.RedirectCollision, $"redirect_from '{old.Value}' would replace the real page {from}",
                        "remove it: a redirect may only take over an address that no longer has a page");
                    continue;
                }
                if (claimed.TryGetValue(from, out var other))
                {
                    diagnostics.Error(old.Span, DiagnosticCodes.RedirectCollision, $"redirect_from '{old.Value}' is also claimed by {other.DisplayPath}",
                        "an old address can redirect to one page only; keep it on one of the two");
                    continue;
                }
                claimed[from] = document;
                redirects.Add(new Redirect(from, document));
            }
        }
        return [.. redirects.OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    private static string? ToPath(ContentDocument document, string value)
    {
        if (value.StartsWith('/'))
            return value.Contains("..") || value.Contains("//") || value.IndexOfAny(['?', '#', ' ']) >= 0 ? null
                : value.EndsWith('/') || value.EndsWith(".html", StringComparison.Ordinal) ? value : value + "/";
        return Slugs.IsValid(value) ? SiteRoutes.DocumentUrl(document.Kind, value) : null;
    }
}
