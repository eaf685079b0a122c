using HealthShire.Listener.Sources.Reddit;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private int _requested;

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task GetAsync_ValidToken_IsReusedUntilAMinuteBeforeExpiry()
    {
        using var cache = new RedditTokenCache(_time);

        var first = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(58));
        var second = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(1));
        var third = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, second, third));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task Invalidate_TheCurrentToken_MakesTheNextCallRequestANewOne()
    {
        using var cache = new RedditTokenCache(_time);
        var first = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);

        cache.Invalidate("some-older-token");
        var unchanged = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);
        cache.Invalidate(first ?? "");
        var renewed = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);

        Assert.Equal(("token-1", "token-2"), (unchanged, renewed));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task GetAsync_RequestFails_ReturnsNullWithoutAskingAgainUntilTheBackoffHasPassed()
    {
        using var cache = new RedditTokenCache(_time);

        var failed = await cache.GetAsync(_ => Task.FromResult<RedditAccessToken?>(null), TestContext.Current.CancellationToken);
        var during = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);
        _time.Advance(RedditTokenCache.FailureBackoff);
        var after = await cache.GetAsync(RequestAsync, TestContext.Current.CancellationToken);

        Assert.Equal((null, null, "token-1"), (failed, during, after));
    }

    private Task<RedditAccessToken?> RequestAsync(CancellationToken cancellationToken) =>
        Task.FromResult<RedditAccessToken?>(new RedditAccessToken($"token-{++_requested}", TimeSpan.FromHours(1)));
}
