using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Sources.Http;

public sealed class RequestPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task WaitTurnAsync_MinInterval_HoldsTheSecondRequestUntilTheIntervalPassed()
    {
        var pacer = Pacer(minInterval: TimeSpan.FromSeconds(6));
        await pacer.WaitTurnAsync(TestContext.Current.CancellationToken);

        await AssertWaitsAsync(pacer.WaitTurnAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(6));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task WaitTurnAsync_LowRemaining_SpreadsTheRestOverTheWindow()
    {
        var pacer = Pacer();
        pacer.Observe(new RateLimitSnapshot(Remaining: 5, ResetAfter: TimeSpan.FromSeconds(100), Used: 595));

        await AssertWaitsAsync(pacer.WaitTurnAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void WaitTurnAsync_PlentyRemaining_DoesNotWait()
    {
        var pacer = Pacer();
        pacer.Observe(new RateLimitSnapshot(Remaining: 500, ResetAfter: TimeSpan.FromSeconds(100), Used: 100));

        Assert.True(pacer.WaitTurnAsync(TestContext.Current.CancellationToken).IsCompleted);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task WaitTurnAsync_NothingRemaining_WaitsForTheReset()
    {
        var pacer = Pacer();
        pacer.Observe(new RateLimitSnapshot(Remaining: 0, ResetAfter: TimeSpan.FromSeconds(42), Used: 600));

        await AssertWaitsAsync(pacer.WaitTurnAsync(TestContext.Current.CancellationToken), TimeSpan.FromSeconds(42));
    }

    [Fact]
    public void WaitTurnAsync_PacingDisabled_NeverWaits()
    {
        var pacer = Pacer(enabled: false, minInterval: TimeSpan.FromSeconds(6));
        pacer.Observe(new RateLimitSnapshot(Remaining: 0, ResetAfter: TimeSpan.FromSeconds(42), Used: 600));

        Assert.True(pacer.WaitTurnAsync(TestContext.Current.CancellationToken).IsCompleted);
        Assert.True(pacer.WaitTurnAsync(TestContext.Current.CancellationToken).IsCompleted);
    }

    [Theory(Timeout = TestTimeouts.Unit)]
    [InlineData(7, 30, 7)]
    [InlineData(null, 30, 30)]
    [InlineData(null, null, 60)]
    public async Task WaitAfterTooManyRequestsAsync_PrefersRetryAfterThenResetThenDefault(int? retryAfter, int? reset, int expected)
    {
        var pacer = Pacer(enabled: false);
        if (reset is { } seconds)
        {
            pacer.Observe(new RateLimitSnapshot(0, TimeSpan.FromSeconds(seconds), null));
        }

        var wait = pacer.WaitAfterTooManyRequestsAsync(retryAfter is { } r ? TimeSpan.FromSeconds(r) : null, TestContext.Current.CancellationToken);

        await AssertWaitsAsync(wait, TimeSpan.FromSeconds(expected));
    }

    /// <summary>Asserts the wait is still pending a second before <paramref name="expected"/> and done at it.</summary>
    private async Task AssertWaitsAsync(Task wait, TimeSpan expected)
    {
        _time.Advance(expected - TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted, $"finished before {expected}");
        _time.Advance(TimeSpan.FromSeconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private RequestPacer Pacer(bool enabled = true, TimeSpan minInterval = default) =>
        new(new RequestPacerSettings("Test", enabled, minInterval, LowRemaining: 10, TimeSpan.FromSeconds(60)), _time, NullLogger.Instance);
}
