namespace Glossary.Rendering;

/// <summary>The crisis-help note as the theme shows it; <see cref="Phone"/> becomes call and text links.</summary>
public sealed record CrisisCalloutView(string Heading, string Text, string? Phone, LinkView? Link);
