using System.Collections.Immutable;

namespace Glossary.Configuration;

/// <summary>
/// The short crisis-help note (site.yml 'crisis_callout') shown once near the top of pages in <see cref="CategorySlugs"/>,
/// or of any page whose front matter says 'crisis_callout: true'.
/// </summary>
/// <param name="Phone">A number readers can call or text (988): written as tel: and sms: links for phones.</param>
public sealed record CrisisCallout(string Heading, string Text, string? Phone, NavigationLink? Link, ImmutableArray<string> CategorySlugs);
