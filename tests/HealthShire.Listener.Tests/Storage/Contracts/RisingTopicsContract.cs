using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>Rising topics scored from the weekly rollups, the same on every store.</summary>
public abstract class RisingTopicsContract(StoreKind kind)
{
    // Thursday; the week containing it starts Monday 2025-03-10, so the latest full week starts 2025-03-03.
    private static readonly DateOnly Today = new(2025, 3, 13);

    private static readonly DateOnly LatestWeek = new(2025, 3, 3);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetRisingTopicsAsync_CraftedWeeks_ScoresTheLatestWeekAgainstTheTrailingOnes()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
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

        await ContractSeed.SaveDaysAsync(store, [.. posts]);
        // The current, partial week is not the latest full one.
        await ContractSeed.SaveDaysAsync(store, (Today, Topics.Ptsd, false));

        var rising = await store.Insights.GetRisingTopicsAsync(Today, 4, TestContext.Current.CancellationToken);

        Assert.Equal(Topics.All.Count, rising.Count);
        Assert.Equal(new RisingTopic(Topics.Adhd, LatestWeek, 6, 4, 0.5, 3, 1, 3), rising[0]);
        var anxiety = rising.Single(topic => topic.Topic == Topics.Anxiety);
        Assert.Equal((1L, 1L, 0.0, 1.0, 0.0, (double?)null), (anxiety.Posts, anxiety.PreviousWeekPosts, anxiety.WeekOverWeekChange, anxiety.TrailingMean, anxiety.TrailingStdDev, anxiety.ZScore));
        Assert.All(rising.Skip(1), topic => Assert.Null(topic.ZScore));
        Assert.Null(rising.Single(topic => topic.Topic == Topics.Ptsd).WeekOverWeekChange);
    }
}
