using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.IntegrationTests.Fakes.Bluesky;

/// <summary>
/// A Jetstream v1 stand-in on 127.0.0.1: a real WebSocket at <c>/subscribe</c> that honours <c>wantedCollections</c> and
/// <c>cursor=</c> (events at or after it, the one at the cursor included, as Jetstream replays), keeps only a bounded
/// replay window, then sends live traffic stamped with the current time, with the events added while it is open.
/// Connections can be dropped mid-stream.
/// </summary>
public sealed class FakeJetstreamServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeJetstreamEvent> _events = [];
    private readonly List<string> _queries = [];
    private readonly Queue<(int Messages, bool Abort)> _drops = new();
    private readonly List<Queue<FakeJetstreamEvent>> _open = [];
    private int _liveSent;
    private WebApplication? _app;

    /// <summary>The subscribe URL to configure as Sources:Bluesky:JetstreamUrl.</summary>
    public string SubscribeUrl { get; private set; } = "";

    /// <summary>Events older than this are no longer replayed (Jetstream's bounded window); null keeps everything.</summary>
    public DateTimeOffset? ReplayFrom { get; set; }

    /// <summary>Whether, after the replay, live identity events stamped with the current time are sent.</summary>
    public bool LiveTraffic { get; set; } = true;

    /// <summary>The pause before each replayed message, to keep a pass running for a while.</summary>
    public TimeSpan MessageDelay { get; set; }

    /// <summary>The query string of every connection, in order.</summary>
    public IReadOnlyList<string> Queries
    {
        get
        {
            lock (_gate)
            {
                return [.. _queries];
            }
        }
    }

    /// <summary>Live messages sent so far over every connection (identity events and events added while open).</summary>
    public int LiveSent => Volatile.Read(ref _liveSent);

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.UseWebSockets();
        _app.Map("/subscribe", HandleAsync);
        await _app.StartAsync(cancellationToken);
        SubscribeUrl = _app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/subscribe";
    }

    public void Add(long timeUs, string json)
    {
        lock (_gate)
        {
            var added = new FakeJetstreamEvent(timeUs, json);
            _events.Add(added);
            _events.Sort((a, b) => a.TimeUs.CompareTo(b.TimeUs));
            foreach (var connection in _open)
            {
                connection.Enqueue(added);
            }
        }
    }

    /// <summary>
    /// The next connection ends after sending this many messages: with a close frame ("going away", as a restarting
    /// Jetstream does), or with <paramref name="abort"/> by resetting the connection (unread data may be lost with it).
    /// </summary>
    public void DropNextConnectionAfter(int messages, bool abort = false)
    {
        lock (_gate)
        {
            _drops.Enqueue((messages, abort));
        }
    }

    /// <summary>The cursor a connection asked for, or null when it asked for none.</summary>
    public static long? CursorOf(string query) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "cursor") is { Length: 2 } pair
            ? long.Parse(pair[1], CultureInfo.InvariantCulture)
            : null;

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["wantedCollections"] != "app.bsky.feed.post")
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var query = context.Request.QueryString.Value ?? "";
        List<FakeJetstreamEvent> replay;
        (int Messages, bool Abort)? drop;
        var added = new Queue<FakeJetstreamEvent>();
        lock (_gate)
        {
            _open.Add(added);
            _queries.Add(query);
            var cursor = CursorOf(query);
            var oldest = ReplayFrom is { } from ? FakeJetstreamJson.TimeUs(from) : long.MinValue;
            replay = [.. _events.Where(e => e.TimeUs >= Math.Max(cursor ?? long.MaxValue, oldest))];
            drop = _drops.Count > 0 ? _drops.Dequeue() : null;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var sent = 0;
        var stopping = context.RequestAborted;
        try
        {
            foreach (var message in replay)
            {
                if (sent++ == drop?.Messages)
                {
                    await EndAsync(socket, drop.Value.Abort, stopping);
                    return;
                }

                if (MessageDelay > TimeSpan.Zero)
                {
                    await Task.Delay(MessageDelay, stopping);
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(message.Json), WebSocketMessageType.Text, true, stopping);
            }

            while (LiveTraffic && socket.State == WebSocketState.Open)
            {
                foreach (var message in TakeAdded(added))
                {
                    if (sent++ == drop?.Messages)
                    {
                        await EndAsync(socket, drop.Value.Abort, stopping);
                        return;
                    }

                    await SendLiveAsync(socket, message.Json, stopping);
                }

                await SendLiveAsync(socket, FakeJetstreamJson.Identity(FakeJetstreamJson.TimeUs(DateTimeOffset.UtcNow)), stopping);
                await Task.Delay(50, stopping);
            }

            // No live traffic: hold the connection open until the client goes away.
            var buffer = new byte[1024];
            while (socket.State == WebSocketState.Open)
            {
                await socket.ReceiveAsync(buffer, stopping);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client left (a pass ended); nothing to clean up.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(added);
            }
        }
    }

    private List<FakeJetstreamEvent> TakeAdded(Queue<FakeJetstreamEvent> added)
    {
        lock (_gate)
        {
            var taken = added.ToList();
            added.Clear();
            return taken;
        }
    }

    private async Task SendLiveAsync(WebSocket socket, string json, CancellationToken cancellationToken)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
        Interlocked.Increment(ref _liveSent);
    }

    private static async Task EndAsync(WebSocket socket, bool abort, CancellationToken cancellationToken)
    {
        if (abort)
        {
            socket.Abort();
        }
        else
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
