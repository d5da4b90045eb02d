using System.Text;
using Glossary.Pipeline;
using Glossary.Tests.Support;
using Glossary.Theme;

namespace Glossary.Tests.Languages;

/// <summary>'serve' on a site with a translation: an edit to an English page updates what a full build would make.</summary>
public sealed class TranslationUpdateTests
{
    private const string Entry = "glossary/external-review.md";

    private static readonly SitePipeline Pipeline = new(new RazorPageRenderer(), ThemeAssets.Load());

    /// <summary>The Spanish fixture, whose about page links to a heading of an English entry it has no twin of.</summary>
    private static readonly Lazy<(SiteInput Input, BuildResult Result)> Baseline = new(() =>
    {
        var input = SpanishFixture.Create()
            .With("es/pages/about.md", "---\ntitle: Acerca de\nsummary: Sobre el sitio.\n---\n\nVea los [[External Review#deadlines|plazos]].\n")
            .ToInput();
        var result = Pipeline.Build(input, new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (input, result);
    });

    private static (BuildResult? Update, BuildResult Full) Edit(Func<string, string> edit)
    {
        var (input, baseline) = Baseline.Value;
        var entry = input.Files.Single(f => f.RelativePath == Entry);
        var edited = entry with { Bytes = Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(entry.Bytes))) };
        var update = Pipeline.Update(baseline.State!, edited, new BuildOptions());
        var full = Pipeline.Build(input with { Files = [.. input.Files.Select(f => f == entry ? edited : f)] }, new BuildOptions());
        return (update, full);
    }

    [Fact]
    public void A_summary_edit_to_an_English_entry_updates_as_a_full_build_would()
    {
        var (update, full) = Edit(text => text.Replace("summary: ", "summary: Newly worded. ", StringComparison.Ordinal));
        Assert.NotNull(update);
        SiteAssert.Same(full, update);
    }

    [Fact]
    public void A_renamed_English_heading_a_Spanish_link_points_at_fails_the_update_like_a_full_build()
    {
        var (update, full) = Edit(text => text.Replace("## Deadlines", "## Time limits", StringComparison.Ordinal));
        Assert.NotNull(update);
        Assert.False(update.Succeeded);
        Assert.Single(full.Diagnostics, d => d.IsError && d.File.EndsWith("input/es/pages/about.md", StringComparison.Ordinal));
        Assert.Equal(full.Diagnostics.Where(d => d.IsError), update.Diagnostics.Where(d => d.IsError));
    }
}
