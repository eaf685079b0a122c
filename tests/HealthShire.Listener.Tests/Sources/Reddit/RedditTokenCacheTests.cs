using HealthShire.Listener.Sources.Reddit;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private int _requested;

    [Fact]
    public async Task GetAsync_ValidToken_IsReusedUntilAMinuteBeforeExpiry()
    {
        using var cache = new RedditTokenCache(_time);

        var first = await cache.GetAsync(RequestAsync, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(58));
        var second = await cache.GetAsync(RequestAsync, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var third = await cache.GetAsync(RequestAsync, CancellationToken.None);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, second, third));
    }

    [Fact]
    public async Task Invalidate_TheCurrentToken_MakesTheNextCallRequestANewOne()
    {
        using var cache = new RedditTokenCache(_time);
        var first = await cache.GetAsync(RequestAsync, CancellationToken.None);

        cache.Invalidate("some-older-token");
        var unchanged = await cache.GetAsync(RequestAsync, CancellationToken.None);
        cache.Invalidate(first ?? "");
        var renewed = await cache.GetAsync(RequestAsync, CancellationToken.None);

        Assert.Equal(("token-1", "token-2"), (unchanged, renewed));
    }

    [Fact]
    public async Task GetAsync_RequestFails_ReturnsNullAndTriesAgainNextTime()
    {
        using var cache = new RedditTokenCache(_time);

        var failed = await cache.GetAsync(_ => Task.FromResult<RedditAccessToken?>(null), CancellationToken.None);
        var next = await cache.GetAsync(RequestAsync, CancellationToken.None);

        Assert.Equal((null, "token-1"), (failed, next));
    }

    private Task<RedditAccessToken?> RequestAsync(CancellationToken cancellationToken) =>
        Task.FromResult<RedditAccessToken?>(new RedditAccessToken($"token-{++_requested}", TimeSpan.FromHours(1)));
}
