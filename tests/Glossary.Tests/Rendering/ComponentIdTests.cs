using System.Collections.Immutable;
using AngleSharp.Dom;
using Glossary.Content;
using Glossary.Rendering;
using Glossary.Tests.Support;
using Glossary.Theme.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Glossary.Tests.Rendering;

/// <summary>Reusable components take their ids from the page that uses them, so one page could hold two of each.</summary>
public sealed class ComponentIdTests
{
    private static readonly SiteView Site = new("Test", "A test site.", "Test Org", "en", "https://example.org/", "", [], [], "/s.css", "/i.svg", []);

    [Fact]
    public async Task Sources_list_labels_itself_with_the_callers_id()
    {
        ImmutableArray<SourceReference> sources = [new SourceReference("A rule", "https://example.gov/rule", "A regulator")];
        var html = await Render<SourcesList>(new() { ["Heading"] = "Sources", ["Sources"] = sources, ["Id"] = "finding-sources" });
        var section = html.QuerySelector("section")!;
        Assert.Equal("finding-sources", section.GetAttribute("aria-labelledby"));
        Assert.Equal("finding-sources", html.QuerySelector("h2")!.Id);
    }

    [Fact]
    public async Task Feedback_form_starts_every_id_with_the_callers_prefix()
    {
        var page = new NotFoundPageView(Site, "/x/", "X", "A page.", []);
        var html = await Render<FeedbackForm>(new() { ["Page"] = page, ["IdPrefix"] = "second-feedback" });
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(["second-feedback-heading", "second-feedback-comment-hint", "second-feedback-comment"], ids);
        Assert.Equal("second-feedback-heading", html.QuerySelector("section")!.GetAttribute("aria-labelledby"));
        Assert.Equal("second-feedback-comment", html.QuerySelector("label[for]")!.GetAttribute("for"));
        Assert.Equal("second-feedback-comment-hint", html.QuerySelector("textarea")!.GetAttribute("aria-describedby"));
    }

    private static async Task<IDocument> Render<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return Html.Parse(html);
    }
}
