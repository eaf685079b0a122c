using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Tests.Digest;

public sealed class DigestScheduleTests
{
    // Monday 16 November 2026; New York is UTC-5 then.
    private static readonly Subscriber NewYorkMondayAtEight =
        new("ann@clinic.example", "Ann", [], [], "America/New_York", DayOfWeek.Monday, 8);

    [Theory]
    [InlineData("2026-11-16T12:59:00Z", false)] // 07:59 in New York
    [InlineData("2026-11-16T13:00:00Z", true)]  // 08:00 in New York
    [InlineData("2026-11-19T02:00:00Z", true)]  // Wednesday night: still due this week
    [InlineData("2026-11-16T04:00:00Z", true)]  // Sunday 23:00 in New York: last week's digest is due
    public void IsDue_ReadsDayAndHourInTheSubscribersZone(string utc, bool due) =>
        Assert.Equal(due, DigestSchedule.IsDue(NewYorkMondayAtEight, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void WeekOf_UtcMondayWhileSundayLocally_IsTheLocalWeek()
    {
        var now = new DateTimeOffset(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DigestWeek(2026, 46), DigestSchedule.WeekOf(NewYorkMondayAtEight, now));
        Assert.Equal(new DigestWeek(2026, 47), DigestSchedule.WeekOf(NewYorkMondayAtEight with { TimeZoneId = "UTC" }, now));
    }

    [Fact]
    public void IsDue_SendDaySunday_OnlyOnSundayFromTheHour()
    {
        var sunday = NewYorkMondayAtEight with { TimeZoneId = "UTC", SendDay = DayOfWeek.Sunday, SendHour = 18 };

        Assert.False(DigestSchedule.IsDue(sunday, new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(DigestSchedule.IsDue(sunday, new DateTimeOffset(2026, 11, 22, 17, 59, 0, TimeSpan.Zero)));
        Assert.True(DigestSchedule.IsDue(sunday, new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero)));
    }
}
