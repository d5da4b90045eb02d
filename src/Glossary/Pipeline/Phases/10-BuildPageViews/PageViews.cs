using System.Collections.Frozen;
using System.Collections.Immutable;
using Glossary.Content;
using Glossary.Rendering;

namespace Glossary.Pipeline.Phases;

/// <summary>What <see cref="BuildPageViews"/> makes: the views, and each category's entries (the related-terms fill-in, kept for an update).</summary>
public sealed record PageViews(IReadOnlyList<PageView> All, FrozenDictionary<string, ImmutableArray<ContentDocument>> EntriesByCategory);
