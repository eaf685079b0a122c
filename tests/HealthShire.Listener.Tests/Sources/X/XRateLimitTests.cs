using HealthShire.Listener.Sources.X;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XRateLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_Headers_ReadsRemainingAndUnixReset()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("x-rate-limit-remaining", "0");
        response.Headers.Add("x-rate-limit-reset", Now.AddMinutes(7).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var limit = XRateLimit.From(response.Headers);

        Assert.Equal(new XRateLimit(0, Now.AddMinutes(7)), limit);
        Assert.Equal(TimeSpan.FromMinutes(7), limit.WaitFrom(Now));
    }

    [Fact]
    public void WaitFrom_ResetPassedOrMissing_WaitsAtLeastASecondOrTheFallback()
    {
        Assert.Equal(XRateLimit.MinimumWait, new XRateLimit(0, Now.AddSeconds(-5)).WaitFrom(Now));
        Assert.Equal(XRateLimit.FallbackWait, new XRateLimit(null, null).WaitFrom(Now));
    }

    [Fact]
    public void From_GarbledHeaders_ReadsNothing()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("x-rate-limit-remaining", "-3");
        response.Headers.Add("x-rate-limit-reset", "soon");

        Assert.Equal(new XRateLimit(null, null), XRateLimit.From(response.Headers));
    }

    [Theory]
    [InlineData("99", "100", "100")]
    [InlineData("1000", "999", "1000")]
    [InlineData("1578516068309794817", "1578515564971970560", "1578516068309794817")]
    [InlineData(null, "12", "12")]
    [InlineData("12", "x1", "12")]
    public void Newest_TwoIds_PicksTheNumericallyLarger(string? a, string? b, string expected) =>
        Assert.Equal(expected, XTweetIds.Newest(a, b));
}
