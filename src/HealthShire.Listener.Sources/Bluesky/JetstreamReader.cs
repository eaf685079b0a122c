using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// One pass's WebSocket connection to Jetstream: whole text messages one at a time, reconnecting from
/// <see cref="Cursor"/> with a doubling back-off (on <see cref="TimeProvider"/>) when the connection fails or drops.
/// </summary>
internal sealed class JetstreamReader(
    IJetstreamProtocol protocol,
    BlueskyOptions settings,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    /// <summary>Larger messages are skipped: a post record is far smaller.</summary>
    public const int MaxMessageBytes = 1 << 20;

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private readonly ArrayBufferWriter<byte> _message = new(16 * 1024);
    private ClientWebSocket? _socket;
    private TimeSpan _delay = settings.ReconnectDelay;

    /// <summary>Where a new connection resumes: the last event handled, or the pass's start.</summary>
    public long? Cursor { get; set; }

    /// <summary>Whether any connection of this pass was opened.</summary>
    public bool EverConnected { get; private set; }

    public int Reconnects { get; private set; }

    /// <summary>Why the last connection attempt failed or dropped, if one did.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>The next whole message (valid until the next call), or null once <paramref name="stop"/> is cancelled.</summary>
    public async Task<ReadOnlyMemory<byte>?> NextAsync(Action<int, string> skipped, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                _socket ??= await ConnectAsync(stop);
                var (type, length) = await ReceiveAsync(_socket, stop);
                if (type == WebSocketMessageType.Close)
                {
                    await DropAsync("the server closed the connection", stop);
                    continue;
                }

                _delay = settings.ReconnectDelay;
                if (type == WebSocketMessageType.Binary || length > MaxMessageBytes)
                {
                    skipped(length, type == WebSocketMessageType.Binary ? "a binary frame" : $"longer than {MaxMessageBytes} bytes");
                    continue;
                }

                return _message.WrittenMemory;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException)
            {
                await DropAsync(ex.Message, stop);
            }
        }

        return null;
    }

    public void Dispose() => _socket?.Dispose();

    private async Task<ClientWebSocket> ConnectAsync(CancellationToken stop)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", "HealthShire.Listener/0.1");
        try
        {
            await socket.ConnectAsync(protocol.SubscribeUri(settings.JetstreamUrl, Cursor), stop);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        EverConnected = true;
        BlueskyLog.Connected(logger, settings.JetstreamUrl, CursorText);
        return socket;
    }

    /// <summary>Reads one message into the buffer; past <see cref="MaxMessageBytes"/> the rest is read and dropped.</summary>
    private async Task<(WebSocketMessageType Type, int Length)> ReceiveAsync(ClientWebSocket socket, CancellationToken stop)
    {
        _message.Clear();
        var length = 0;
        while (true)
        {
            var buffer = length < MaxMessageBytes ? _message.GetMemory(8 * 1024) : new byte[8 * 1024];
            var result = await socket.ReceiveAsync(buffer, stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, 0);
            }

            if (length < MaxMessageBytes)
            {
                _message.Advance(result.Count);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return (result.MessageType, length);
            }
        }
    }

    private async Task DropAsync(string reason, CancellationToken stop)
    {
        _socket?.Dispose();
        _socket = null;
        Reconnects++;
        LastFailure = reason;
        BlueskyLog.Disconnected(logger, settings.JetstreamUrl, reason, CursorText, _delay);
        try
        {
            await Task.Delay(_delay, time, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The pass is over; NextAsync sees the cancellation and returns.
        }

        _delay = _delay * 2 > MaxDelay ? MaxDelay : _delay * 2;
    }

    private string CursorText => Cursor is { } cursor ? protocol.FormatCursor(cursor) : "(live)";
}
