using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

/// <summary>A Playwright page plus what went wrong on it: console errors, uncaught errors, failed or off-site requests.</summary>
public sealed class WatchedPage
{
    private readonly Uri _site;

    public WatchedPage(IPage page, Uri site)
    {
        Page = page;
        _site = site;
        page.Console += (_, message) =>
        {
            // The 404 page is meant to answer 404; the browser logs that as a failed load of the page itself.
            if (message.Type == "error" && !(message.Location.Contains(NotFoundProbe, StringComparison.Ordinal) && message.Text.Contains("404")))
                Problems.Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && uri.Host != "127.0.0.1") Problems.Add($"request left 127.0.0.1: {request.Url}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith(NotFoundProbe, StringComparison.Ordinal))
                Problems.Add($"HTTP {response.Status}: {response.Url}");
        };
    }

    /// <summary>The address tests use to see the 404 page.</summary>
    public const string NotFoundProbe = "/does-not-exist/";

    public IPage Page { get; }

    public ConcurrentBag<string> Problems { get; } = [];

    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(new Uri(_site, path).ToString());

    /// <summary>Closes the page, then fails the test with what went wrong on it, if anything did.</summary>
    public async Task CloseAsync()
    {
        await Page.CloseAsync();
        Assert.True(Problems.IsEmpty, string.Join("\n", Problems));
    }
}
