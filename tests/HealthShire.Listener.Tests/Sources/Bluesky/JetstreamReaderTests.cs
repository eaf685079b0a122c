using HealthShire.Listener.Sources.Bluesky;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class JetstreamReaderTests
{
    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task NextAsync_RefusedConnections_ReconnectAfterADoublingBackOffOnTheTimeProvider()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var logger = new FakeLogger();
        var settings = new BlueskyOptions { JetstreamUrl = "ws://127.0.0.1:9/subscribe", ReconnectDelay = TimeSpan.FromSeconds(2) };
        using var reader = new JetstreamReader(new JetstreamV1Protocol(), settings, time, logger) { Cursor = 42 };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var next = reader.NextAsync((_, _) => { }, stop.Token);
        await AdvanceUntilAsync(time, () => logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning) >= 3);
        var elapsed = time.GetUtcNow() - DateTimeOffset.UnixEpoch;
        await stop.CancelAsync();

        Assert.Null(await next);
        Assert.True(elapsed >= TimeSpan.FromSeconds(6), $"a third attempt after {elapsed} of back-off; 2 s + 4 s expected");
        Assert.False(reader.EverConnected);
        var delays = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Contains("in 00:00:02", delays[0], StringComparison.Ordinal);
        Assert.Contains("in 00:00:04", delays[1], StringComparison.Ordinal);
        Assert.Contains("in 00:00:08", delays[2], StringComparison.Ordinal);
        Assert.All(delays, d => Assert.Contains("cursor 42", d, StringComparison.Ordinal));
    }

    /// <summary>Moves the fake clock on in small steps until the reader has got there.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition)
    {
        while (!condition())
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
