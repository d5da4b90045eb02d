using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Glossary.Rendering;
using Glossary.Theme.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Glossary.Theme;

/// <summary>
/// Renders page views with the theme's Razor components through ASP.NET Core's <see cref="HtmlRenderer"/>.
/// A renderer's dispatcher runs one render at a time, so the views are split across one renderer per core.
/// An <see cref="HtmlRenderer"/> keeps every root component it rendered until it is disposed, so each worker
/// starts a fresh one every <see cref="PagesPerRenderer"/> pages: memory stays flat however large the site.
/// </summary>
public sealed class RazorPageRenderer : IPageRenderer
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        // The default encoder escapes every non-ASCII letter ("·" becomes "&#xB7;"); pages are UTF-8, so only escape what HTML needs.
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    private const int PagesPerRenderer = 64;

    public void Render(IReadOnlyList<PageView> views, Action<int, byte[]> consume)
    {
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, views.Count / 16 + 1));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var html = new StringWriter(new StringBuilder(16 * 1024));
            HtmlRenderer? renderer = null;
            var rendered = 0;
            for (var i = worker; i < views.Count; i += workers)
            {
                if (renderer is null || rendered++ % PagesPerRenderer == 0)
                {
                    renderer?.Dispose();
                    renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
                }
                consume(i, Render(renderer, views[i], html));
            }
            renderer?.Dispose();
        });
    }

    private static byte[] Render(HtmlRenderer renderer, PageView view, StringWriter html)
    {
        var component = ComponentFor(view);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = view });
        html.GetStringBuilder().Clear();
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters);
            output.WriteHtmlTo(html);
        }).GetAwaiter().GetResult();
        return Utf8.Encode(html.GetStringBuilder());
    }

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    private static Type ComponentFor(PageView view) => view switch
    {
        EntryPageView => typeof(EntryPage),
        GuidePageView => typeof(GuidePage),
        HomePageView => typeof(HomePage),
        AzIndexPageView => typeof(AzIndexPage),
        CategoryPageView => typeof(CategoryPage),
        CategoriesIndexPageView => typeof(CategoriesIndexPage),
        GuidesIndexPageView => typeof(GuidesIndexPage),
        ContentPageView => typeof(ContentPage),
        NotFoundPageView => typeof(NotFoundPage),
        RedirectPageView => typeof(RedirectPage),
        ThanksPageView => typeof(ThanksPage),
        SearchPageView => typeof(SearchPage),
        NetworkPageView => typeof(NetworkPage),
        NetworkLetterPageView => typeof(NetworkLetterPage),
        ExplainPageView => typeof(ExplainPage),
        _ => throw new ArgumentException($"the theme has no component for {view.GetType().Name}", nameof(view)),
    };
}
