using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// The WebSocket connection of one pass (or of the worker's held stream) to Jetstream: whole text messages one at a time, reconnecting from
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
    private bool _waitBeforeConnect;

    /// <summary>Where a new connection resumes: the last event handled, or the pass's start.</summary>
    public long? Cursor { get; set; }

    /// <summary>Whether any connection of this pass was opened.</summary>
    public bool EverConnected => Connections > 0;

    /// <summary>Connections opened so far: the first message after this changes is the first of a new connection.</summary>
    public int Connections { get; private set; }

    public int Reconnects { get; private set; }

    /// <summary>Why the last connection attempt failed or dropped, if one did.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>The next whole message (valid until the next call), or null once <paramref name="stop"/> is cancelled.</summary>
    public async Task<ReadOnlyMemory<byte>?> NextAsync(Action<int, string> skipped, CancellationToken stop)
    {
        while (true)
        {
            var read = await ReadAsync(skipped, stop);
            if (read.Dropped is null)
            {
                return read.Message;
            }
        }
    }

    /// <summary>
    /// The next whole message, or the reason the connection just failed or dropped (the back-off wait comes at the start
    /// of the next call, so the caller can report the drop first), or neither once <paramref name="stop"/> is cancelled.
    /// </summary>
    public async Task<JetstreamRead> ReadAsync(Action<int, string> skipped, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (_socket is null)
                {
                    await BackOffAsync(stop);
                    _socket = await ConnectAsync(stop);
                }

                var (type, length) = await ReceiveAsync(_socket, stop);
                if (type == WebSocketMessageType.Close)
                {
                    return Drop("the server closed the connection");
                }

                _delay = settings.ReconnectDelay;
                if (type == WebSocketMessageType.Binary || length > MaxMessageBytes)
                {
                    skipped(length, type == WebSocketMessageType.Binary ? "a binary frame" : $"longer than {MaxMessageBytes} bytes");
                    continue;
                }

                return new JetstreamRead(_message.WrittenMemory, null);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException)
            {
                return Drop(ex.Message);
            }
        }

        return new JetstreamRead(null, null);
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

        Connections++;
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

    private JetstreamRead Drop(string reason)
    {
        _socket?.Dispose();
        _socket = null;
        _waitBeforeConnect = true;
        Reconnects++;
        LastFailure = reason;
        BlueskyLog.Disconnected(logger, settings.JetstreamUrl, reason, CursorText, _delay);
        return new JetstreamRead(null, reason);
    }

    /// <summary>After a drop, the wait logged with it; the next one doubles, up to a minute.</summary>
    private async Task BackOffAsync(CancellationToken stop)
    {
        if (!_waitBeforeConnect)
        {
            return;
        }

        await Task.Delay(_delay, time, stop);
        _waitBeforeConnect = false;
        _delay = _delay * 2 > MaxDelay ? MaxDelay : _delay * 2;
    }

    private string CursorText => Cursor is { } cursor ? protocol.FormatCursor(cursor) : "(live)";
}
