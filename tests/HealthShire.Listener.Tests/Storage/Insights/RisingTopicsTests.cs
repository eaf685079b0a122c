using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite.Insights;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class RisingTopicsTests
{
    // Thursday; the week containing it starts Monday 2025-03-10, so the latest full week starts 2025-03-03.
    private static readonly DateOnly Today = new(2025, 3, 13);

    private static readonly DateOnly LatestWeek = new(2025, 3, 3);

    [Fact]
    public async Task GetRisingTopicsAsync_CraftedWeeks_ScoresTheLatestWeekAgainstTheTrailingOnes()
    {
        await using var temp = await TemporaryStore.CreateAsync();

        // ADHD: trailing weeks 2, 4, 2, 4 (mean 3, population deviation 1), latest 6 → z = 3, +50 % on the week before.
        long[] adhdWeeks = [2, 4, 2, 4, 6];
        // Anxiety: a steady 1 a week, so no deviation and no z-score.
        long[] anxietyWeeks = [1, 1, 1, 1, 1];
        var posts = new List<(DateOnly, string, bool)>();
        for (var week = 0; week < 5; week++)
        {
            var monday = LatestWeek.AddDays(7 * (week - 4));
            posts.AddRange(Enumerable.Repeat((monday.AddDays(week % 7), Topics.Adhd, false), (int)adhdWeeks[week]));
            posts.AddRange(Enumerable.Repeat((monday.AddDays(6), Topics.Anxiety, false), (int)anxietyWeeks[week]));
        }

        await TrendQueryTests.SaveAsync(temp, [.. posts]);
        // The current, partial week is not the latest full one.
        await TrendQueryTests.SaveAsync(temp, (Today, Topics.Ptsd, false));

        var rising = await temp.Insights.GetRisingTopicsAsync(Today, 4, CancellationToken.None);

        Assert.Equal(Topics.All.Count, rising.Count);
        Assert.Equal(new RisingTopic(Topics.Adhd, LatestWeek, 6, 4, 0.5, 3, 1, 3), rising[0]);
        var anxiety = rising.Single(topic => topic.Topic == Topics.Anxiety);
        Assert.Equal((1L, 1L, 0.0, 1.0, 0.0, (double?)null), (anxiety.Posts, anxiety.PreviousWeekPosts, anxiety.WeekOverWeekChange, anxiety.TrailingMean, anxiety.TrailingStdDev, anxiety.ZScore));
        Assert.All(rising.Skip(1), topic => Assert.Null(topic.ZScore));
        Assert.Null(rising.Single(topic => topic.Topic == Topics.Ptsd).WeekOverWeekChange);
    }

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
