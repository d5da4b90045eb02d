using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Glossary.Cli.Serving;

/// <summary>
/// The open tabs of the preview, listening over server-sent events: each is told the site's state (its version, and
/// the problems of a failed build) when it connects and after every rebuild, and reloads or shows the problems.
/// </summary>
public sealed class ReloadEvents
{
    private readonly List<Channel<string>> _clients = [];

    /// <summary>How many tabs are listening right now.</summary>
    public int Count
    {
        get { lock (_clients) return _clients.Count; }
    }

    /// <summary>Holds one tab's event stream open until the tab goes or <paramref name="stopping"/> fires.</summary>
    public async Task ServeAsync(HttpContext context, SiteSnapshot current, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_clients) _clients.Add(channel);
        try
        {
            await context.Response.WriteAsync(StateMessage(current));
            await context.Response.Body.FlushAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await foreach (var message in channel.Reader.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync(message);
                await context.Response.Body.FlushAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    public void Broadcast(SiteSnapshot snapshot)
    {
        var message = StateMessage(snapshot);
        lock (_clients)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream (the server is stopping).</summary>
    public void Complete()
    {
        lock (_clients)
            foreach (var client in _clients) client.Writer.TryComplete();
    }

    private static string StateMessage(SiteSnapshot snapshot)
    {
        var problems = snapshot.Problems.Where(p => p.IsError)
            .Select(p => (JsonNode)new JsonObject { ["location"] = p.Location, ["code"] = p.Code, ["message"] = p.Message, ["hint"] = p.Hint });
        var state = new JsonObject { ["version"] = snapshot.Version, ["problems"] = new JsonArray([.. problems]) };
        return $"event: state\ndata: {state.ToJsonString()}\n\n";
    }
}
