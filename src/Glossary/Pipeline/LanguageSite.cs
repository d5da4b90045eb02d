using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Linking;

namespace Glossary.Pipeline;

/// <summary>
/// One language of the site after its links are resolved (phases 2 to 6): each language is a site of its own, in its
/// folder (/es/), and a translation's <see cref="Site.Fallback"/> is the default language's.
/// </summary>
public sealed record LanguageSite(Site Site, SiteLinks Links, ImmutableArray<Redirect> Redirects);
