using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Mastodon;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Sources.Mastodon;

public sealed class MastodonHeadersTests
{
    private static HttpResponseHeaders Headers(params (string Name, string Value)[] values)
    {
        using var response = new HttpResponseMessage();
        foreach (var (name, value) in values)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response.Headers;
    }

    [Fact]
    public void LinkHeader_ReadsMaxIdOfNextAndMinIdOfPrev()
    {
        var headers = Headers(("Link",
            "<https://mastodon.example/api/v1/timelines/tag/adhd?max_id=113000000000000001>; rel=\"next\", " +
            "<https://mastodon.example/api/v1/timelines/tag/adhd?min_id=113000000000000099>; rel=\"prev\""));

        Assert.Equal(("113000000000000001", "113000000000000099"), MastodonLinkHeader.Read(headers));
    }

    [Theory]
    [InlineData("<https://evil.example/?max_id=abc>; rel=\"next\"")]
    [InlineData("<https://mastodon.example/api/v1/timelines/tag/adhd>; rel=\"next\"")]
    [InlineData("garbage")]
    public void LinkHeader_WithoutNumericIds_GivesNoCursor(string link)
    {
        Assert.Equal((null, null), MastodonLinkHeader.Read(Headers(("Link", link))));
    }

    [Fact]
    public void RateLimitHeaders_ReadRemainingUsedAndTheIsoResetTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var headers = Headers(("X-RateLimit-Limit", "300"), ("X-RateLimit-Remaining", "12"), ("X-RateLimit-Reset", "2026-12-07T12:04:30.123456Z"));

        var snapshot = MastodonRateLimitHeaders.Read(headers, time);

        Assert.Equal(12, snapshot.Remaining);
        Assert.Equal(288, snapshot.Used);
        Assert.InRange(snapshot.ResetAfter!.Value, TimeSpan.FromSeconds(270.1), TimeSpan.FromSeconds(270.2));
    }

    [Fact]
    public void RateLimitHeaders_PastOrBadReset_IsZeroOrAbsent()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.Zero, MastodonRateLimitHeaders.Read(Headers(("X-RateLimit-Reset", "2026-12-07T11:00:00Z")), time).ResetAfter);
        Assert.True(MastodonRateLimitHeaders.Read(Headers(("X-RateLimit-Reset", "soon"), ("X-RateLimit-Remaining", "-1")), time).IsEmpty);
    }

    [Theory]
    [InlineData("9", "10", -1)]
    [InlineData("113000000000000002", "113000000000000001", 1)]
    [InlineData("5", "5", 0)]
    public void Ids_CompareByLengthThenDigits(string a, string b, int sign)
    {
        Assert.Equal(sign, Math.Sign(MastodonIds.Compare(a, b)));
    }
}
