using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Tests.Digest;

public sealed class DigestWeekTests
{
    [Theory]
    [InlineData("2026-11-16", 2026, 47)] // a Monday
    [InlineData("2026-11-22", 2026, 47)] // the Sunday of the same week
    [InlineData("2021-01-01", 2020, 53)] // early January can belong to the year before
    [InlineData("2024-12-30", 2025, 1)]  // late December can belong to the year after
    public void Of_Day_GivesTheIsoWeek(string day, int year, int week) =>
        Assert.Equal(new DigestWeek(year, week), DigestWeek.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToString_ThenTryParse_RoundTrips()
    {
        var week = new DigestWeek(2026, 7);

        Assert.Equal("2026-W07", week.ToString());
        Assert.True(DigestWeek.TryParse(week.ToString(), out var parsed));
        Assert.Equal(week, parsed);
        Assert.Equal(new DateOnly(2026, 2, 9), parsed.Monday);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-47")]
    [InlineData("2026-W54")]
    [InlineData("2026-W00")]
    [InlineData("2025-W53")] // 2025 has 52 weeks
    public void TryParse_NotAWeek_IsFalse(string text) => Assert.False(DigestWeek.TryParse(text, out _));
}
