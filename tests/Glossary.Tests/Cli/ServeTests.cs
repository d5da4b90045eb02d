using System.Text.Json;
using Glossary.Cli.Serving;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

/// <summary>The preview server on a free loopback port: rebuild on save, reload events, overlay state, last good site kept.</summary>
public sealed class ServeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private sealed class EventReader(StreamReader reader)
    {
        public async Task<JsonElement> NextStateAsync(CancellationToken cancel)
        {
            string? data = null;
            while (await reader.ReadLineAsync(cancel) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && data is not null) return JsonDocument.Parse(data).RootElement;
            }
            throw new EndOfStreamException();
        }
    }

    [Fact]
    public async Task Editing_an_entry_serves_the_new_page_and_sends_a_reload_then_a_broken_link_keeps_the_old_page()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var cancel = new CancellationTokenSource(Wait * 2);

        var page = await http.GetStringAsync("/glossary/iop/", cancel.Token);
        Assert.Contains("Intensive Outpatient Program is a term used in the tests.", page);
        Assert.Contains(LiveReloadScript.Tag, page);
        var stylesheet = AngleSharpHref(page);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(stylesheet, cancel.Token)).StatusCode);

        await using var stream = await http.GetStreamAsync(LiveReloadScript.EventsPath, cancel.Token);
        var events = new EventReader(new StreamReader(stream));
        var first = await events.NextStateAsync(cancel.Token);
        var version = first.GetProperty("version").GetInt64();

        var path = Path.Combine(input, "glossary", "iop.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, cancel.Token)).Replace("is a term used in the tests.", "meets three times a week."), cancel.Token);
        var reload = await events.NextStateAsync(cancel.Token);
        Assert.Equal(version + 1, reload.GetProperty("version").GetInt64());
        Assert.Equal(0, reload.GetProperty("problems").GetArrayLength());
        Assert.Contains("Intensive Outpatient Program meets three times a week.", await http.GetStringAsync("/glossary/iop/", cancel.Token));
        Assert.StartsWith("rebuilt ", server.Snapshot.Summary); // only the pages the edit reaches, not the whole site

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, cancel.Token)).Replace("meets three times a week.", "meets [[Nowhere Term]] weekly."), cancel.Token);
        var broken = await events.NextStateAsync(cancel.Token);
        Assert.Equal(version + 1, broken.GetProperty("version").GetInt64());
        var problem = broken.GetProperty("problems")[0];
        Assert.Equal("GL0401", problem.GetProperty("code").GetString());
        Assert.Contains("glossary/iop.md:", problem.GetProperty("location").GetString());
        Assert.Contains("Intensive Outpatient Program meets three times a week.", await http.GetStringAsync("/glossary/iop/", cancel.Token));
    }

    [Fact]
    public async Task After_a_failed_build_a_save_elsewhere_rebuilds_everything_so_the_first_problem_stays_shown()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var cancel = new CancellationTokenSource(Wait * 2);
        await using var stream = await http.GetStreamAsync(LiveReloadScript.EventsPath, cancel.Token);
        var events = new EventReader(new StreamReader(stream));
        await events.NextStateAsync(cancel.Token);

        var broken = Path.Combine(input, "glossary", "iop.md");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(broken, cancel.Token)).Replace("is a term used in the tests.", "see [[Nowhere Term]]."), cancel.Token);
        Assert.Equal(1, (await events.NextStateAsync(cancel.Token)).GetProperty("problems").GetArrayLength());

        var other = Path.Combine(input, "glossary", "medical-necessity.md");
        await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(other, cancel.Token)) + "\nOne more sentence.\n", cancel.Token);
        var state = await events.NextStateAsync(cancel.Token);
        var problem = Assert.Single(state.GetProperty("problems").EnumerateArray());
        Assert.Contains("glossary/iop.md:", problem.GetProperty("location").GetString());
        Assert.DoesNotContain("One more sentence.", await http.GetStringAsync("/glossary/medical-necessity/", cancel.Token));
    }

    [Fact]
    public async Task Files_an_edit_removes_are_no_longer_served()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture().WithEntry("iop", "Intensive Outpatient Program", "\nA zyzzyva is a weevil.\n", "aliases: [IOP]"));
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var cancel = new CancellationTokenSource(Wait * 3);
        await using var stream = await http.GetStreamAsync(LiveReloadScript.EventsPath, cancel.Token);
        var events = new EventReader(new StreamReader(stream));
        await events.NextStateAsync(cancel.Token);
        async Task<System.Net.HttpStatusCode> Status(string path) => (await http.GetAsync(path, cancel.Token)).StatusCode;
        async Task SaveAndWait(Action save)
        {
            save();
            Assert.Equal(0, (await events.NextStateAsync(cancel.Token)).GetProperty("problems").GetArrayLength());
        }

        // An edit of one entry (an update, not a full build) that drops the only word of a search shard.
        const string shard = "/search/index/w-zy.json";
        Assert.Equal(System.Net.HttpStatusCode.OK, await Status(shard));
        var iop = Path.Combine(input, "glossary", "iop.md");
        await SaveAndWait(() => File.WriteAllText(iop, File.ReadAllText(iop).Replace("A zyzzyva is a weevil.", "No weevils here.", StringComparison.Ordinal)));
        Assert.StartsWith("rebuilt ", server.Snapshot.Summary);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, await Status(shard));
        Assert.DoesNotContain("\"zy\"", await http.GetStringAsync("/search/index/manifest.json", cancel.Token));

        // A renamed entry leaves its old address; a deleted one leaves the site.
        var renamed = Path.Combine(input, "glossary", "intensive-outpatient.md");
        await SaveAndWait(() => File.Move(iop, renamed));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, await Status("/glossary/iop/"));
        Assert.Equal(System.Net.HttpStatusCode.OK, await Status("/glossary/intensive-outpatient/"));
        await SaveAndWait(() => File.Delete(renamed));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, await Status("/glossary/intensive-outpatient/"));
        Assert.DoesNotContain("Intensive Outpatient Program", await http.GetStringAsync("/glossary/", cancel.Token));
    }

    private static string AngleSharpHref(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

    [Fact]
    public async Task Missing_pages_get_the_404_page_and_editor_temp_files_are_ignored()
    {
        using var temp = new TempFolder();
        var input = temp.WriteInput(TestSite.Fixture());
        await using var server = await PreviewServer.StartAsync(input, 0, themeFolder: null);
        using var http = new HttpClient { BaseAddress = server.Address };
        var response = await http.GetAsync("/nope/", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var version = server.Snapshot.Version;
        await File.WriteAllTextAsync(Path.Combine(input, "glossary", ".iop.md.swp"), "junk", TestContext.Current.CancellationToken);
        await Task.Delay(600, TestContext.Current.CancellationToken);
        Assert.Equal(version, server.Snapshot.Version);
    }
}
