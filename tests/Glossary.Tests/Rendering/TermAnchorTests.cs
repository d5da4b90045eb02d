using System.Collections.Immutable;
using Glossary.Rendering;
using Glossary.Theme.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Glossary.Tests.Rendering;

/// <summary>
/// Lists render their links inline (<see cref="TermAnchor.For"/>) rather than as a component each; the exact markup
/// stays that of the component, white space included (the page snapshots compare HTML semantically and would not see
/// a stray line break).
/// </summary>
public sealed class TermAnchorTests
{
    private static readonly LinkView Guide = new("A guide", "/guides/a/");
    private static readonly LinkView Term = new("Appeal & review", "/glossary/appeal/", TermId: "term-appeal");

    [Fact]
    public async Task The_component_and_the_inline_fragment_write_the_same_links()
    {
        Assert.Equal("<a href=\"/guides/a/\">A guide</a>", await Render<TermAnchor>(new() { ["Link"] = Guide }));
        Assert.Equal("<a href=\"/glossary/appeal/\" class=\"term-link\" aria-describedby=\"term-appeal\">Appeal &amp; review</a>",
            await Render<TermAnchor>(new() { ["Link"] = Term }));
    }

    [Fact]
    public async Task A_list_of_links_has_no_white_space_between_its_items()
    {
        var html = await Render<LinkSection>(new() { ["Heading"] = "Referenced in", ["Id"] = "refs", ["Links"] = ImmutableArray.Create(Guide, Term, Guide) });
        Assert.Contains("<ul class=\"link-list\"><li><a href=\"/guides/a/\">A guide</a></li><li><a href=\"/glossary/appeal/\" class=\"term-link\" "
                        + "aria-describedby=\"term-appeal\">Appeal &amp; review</a></li><li><a href=\"/guides/a/\">A guide</a></li></ul>", html);
    }

    private static async Task<string> Render<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
