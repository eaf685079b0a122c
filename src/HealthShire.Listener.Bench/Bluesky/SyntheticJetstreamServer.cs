using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Bluesky;

/// <summary>
/// A loopback Jetstream v1 WebSocket that sends prepared post events (every fourth a reply, every tenth an identity
/// event) in the real shapes as fast as it can, then one live event stamped after the pass began, which ends the pass.
/// </summary>
internal sealed class SyntheticJetstreamServer(IReadOnlyList<PostText> texts, int events) : IAsyncDisposable
{
    private WebApplication? _app;
    private byte[][] _messages = [];

    public string SubscribeUrl { get; private set; } = string.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _messages = Prepare(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(4));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.UseWebSockets();
        _app.Map("/subscribe", SendAsync);
        await _app.StartAsync(cancellationToken);
        SubscribeUrl = _app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/subscribe";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task SendAsync(HttpContext http)
    {
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        try
        {
            foreach (var message in _messages)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, http.RequestAborted);
            }

            var live = Identity(TimeUs(DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1)));
            await socket.SendAsync(live, WebSocketMessageType.Text, true, http.RequestAborted);
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                await socket.ReceiveAsync(buffer, http.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The pass ended and the client went away.
        }
    }

    private byte[][] Prepare(DateTimeOffset start)
    {
        var first = TimeUs(start);
        var messages = new byte[events][];
        for (var i = 0; i < events; i++)
        {
            var timeUs = first + i;
            var did = $"did:plc:bench{i % 5000:D20}";
            if (i % 10 == 9)
            {
                messages[i] = Identity(timeUs);
                continue;
            }

            var text = texts[i % texts.Count];
            var parent = i % 4 == 3 ? $"at://did:plc:bench{(i - 3) % 5000:D20}/app.bsky.feed.post/3lb{i - 3:D10}" : null;
            messages[i] = Post(timeUs, did, $"3lb{i:D10}", $"{text.Title} {text.Body}".Trim(), parent);
        }

        return messages;
    }

    private static long TimeUs(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static byte[] Identity(long timeUs) =>
        Encoding.UTF8.GetBytes($"{{\"did\":\"did:plc:bench-identity\",\"time_us\":{timeUs},\"kind\":\"identity\",\"identity\":{{\"did\":\"did:plc:bench-identity\",\"handle\":\"bench.bsky.social\",\"seq\":1}}}}");

    private static byte[] Post(long timeUs, string did, string rkey, string text, string? parent)
    {
        var reply = parent is null ? "" : $",\"reply\":{{\"parent\":{{\"cid\":\"bafyparent\",\"uri\":\"{parent}\"}},\"root\":{{\"cid\":\"bafyparent\",\"uri\":\"{parent}\"}}}}";
        return Encoding.UTF8.GetBytes(
            $"{{\"did\":\"{did}\",\"time_us\":{timeUs},\"kind\":\"commit\",\"commit\":{{\"rev\":\"3lbrev{timeUs}\",\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"{rkey}\",\"record\":{{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"2026-01-15T12:00:00.000Z\",\"langs\":[\"en\"],\"text\":{JsonSerializer.Serialize(text)}{reply}}},\"cid\":\"bafyrei{rkey}\"}}}}");
    }
}
