using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class RisingTopicsTests() : RisingTopicsContract(StoreKind.Sqlite)
{
    private static readonly DateOnly Today = new(2025, 3, 13);

    private static readonly DateOnly LatestWeek = new(2025, 3, 3);

    [Fact]
    public void Rank_MixedScores_HighestFirstAndNoScoreLast()
    {
        TrendSeries Series(string topic, params long[] posts) => new(
            topic, [.. posts.Select((count, i) => new TrendPoint(LatestWeek.AddDays(7 * (i - posts.Length + 1)), count, 0, 0, 0, 0))]);

        var ranked = RisingTopics.Rank([Series("flat", 3, 3, 3), Series("falling", 4, 2, 0), Series("rising", 1, 3, 9)]);

        Assert.Equal(["rising", "falling", "flat"], ranked.Select(topic => topic.Topic));
        Assert.True(ranked[1].ZScore < 0);
        Assert.Equal(-1.0, ranked[1].WeekOverWeekChange);
    }

    [Fact]
    public void Query_NoTrailingWeeks_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RisingTopics.Query(Today, 0));
    }
}
