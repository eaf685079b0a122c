using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsTrendTests
{
    // A Wednesday.
    private static readonly DateOnly Wednesday = new(2025, 3, 5);

    [Fact]
    public async Task GetTrendsAsync_Days_EveryTopicWithEveryDayZeroFilled()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.DayAsync(temp, Wednesday, Topics.Adhd, question: true);
        await PostgresInsightsSeed.DayAsync(temp, Wednesday, Topics.Adhd);
        await PostgresInsightsSeed.DayAsync(temp, Wednesday.AddDays(2), Topics.Anxiety, question: true);

        var series = await PostgresInsightsSeed.Store(temp).GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(3), TrendInterval.Day, null, null, null), CancellationToken.None);

        Assert.Equal(Topics.All, series.Select(s => s.Topic));
        Assert.All(series, s => Assert.Equal([Wednesday, Wednesday.AddDays(1), Wednesday.AddDays(2), Wednesday.AddDays(3)], s.Points.Select(p => p.Start)));
        Assert.Equal([2L, 0, 0, 0], series.Single(s => s.Topic == Topics.Adhd).Points.Select(p => p.Posts));
        Assert.Equal(new TrendPoint(Wednesday, 2, 1, 0, 0, 1), series.Single(s => s.Topic == Topics.Adhd).Points[0]);
        Assert.Equal([0L, 0, 1, 0], series.Single(s => s.Topic == Topics.Anxiety).Points.Select(p => p.Questions));
        Assert.All(series.Where(s => s.Topic is not (Topics.Adhd or Topics.Anxiety)), s => Assert.All(s.Points, p => Assert.Equal(0, p.Posts)));
    }

    [Fact]
    public async Task GetTrendsAsync_Weeks_WholeIsoWeeksStartingOnMonday()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var monday = new DateOnly(2025, 3, 3);
        foreach (var offset in new[] { 0, 6, 7, 20, 21 })
        {
            await PostgresInsightsSeed.DayAsync(temp, monday.AddDays(offset), Topics.Adhd);
        }

        var series = await PostgresInsightsSeed.Store(temp).GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(14), TrendInterval.Week, Topics.Adhd, null, null), CancellationToken.None);

        var adhd = Assert.Single(series);
        Assert.Equal([monday, monday.AddDays(7), monday.AddDays(14)], adhd.Points.Select(p => p.Start));
        Assert.Equal([2L, 1, 1], adhd.Points.Select(p => p.Posts));
    }

    [Fact]
    public async Task GetTrendsAsync_SourceAndCommunityFilters_CountOnlyMatchingPosts()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.DayAsync(temp, Wednesday, Topics.Adhd, community: "adhd");
        await PostgresInsightsSeed.DayAsync(temp, Wednesday, Topics.Adhd, community: "depression");
        await PostgresInsightsSeed.DayAsync(temp, Wednesday, Topics.Adhd, source: "x", community: "adhd");
        var store = PostgresInsightsSeed.Store(temp);

        async Task<long> PostsAsync(string? source, string? community) =>
            (await store.GetTrendsAsync(new TrendQuery(Wednesday, Wednesday, TrendInterval.Day, Topics.Adhd, source, community), CancellationToken.None))
                .Single().Points.Single().Posts;

        Assert.Equal(3, await PostsAsync(null, null));
        Assert.Equal(2, await PostsAsync("reddit", null));
        Assert.Equal(2, await PostsAsync(null, "adhd"));
        Assert.Equal(1, await PostsAsync("x", "adhd"));
        Assert.Equal(0, await PostsAsync("x", "depression"));
    }

    [Fact]
    public async Task GetTrendsAsync_RangeEndsBeforeItStarts_Throws()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await Assert.ThrowsAsync<ArgumentException>(() => PostgresInsightsSeed.Store(temp).GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(-1), TrendInterval.Day, null, null, null), CancellationToken.None));
    }

    [Fact]
    public async Task GetRisingTopicsAsync_CraftedWeeks_ScoresTheLatestWeekAgainstTheTrailingOnes()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        // Thursday; the latest full week starts Monday 2025-03-03.
        var today = new DateOnly(2025, 3, 13);
        var latestWeek = new DateOnly(2025, 3, 3);

        // ADHD: trailing weeks 2, 4, 2, 4 (mean 3, population deviation 1), latest 6 → z = 3, +50 % on the week before.
        // Anxiety: a steady 1 a week, so no deviation and no z-score.
        int[] adhdWeeks = [2, 4, 2, 4, 6];
        for (var week = 0; week < 5; week++)
        {
            var monday = latestWeek.AddDays(7 * (week - 4));
            for (var i = 0; i < adhdWeeks[week]; i++)
            {
                await PostgresInsightsSeed.DayAsync(temp, monday.AddDays(week % 7), Topics.Adhd);
            }

            await PostgresInsightsSeed.DayAsync(temp, monday.AddDays(6), Topics.Anxiety);
        }

        // The current, partial week is not the latest full one.
        await PostgresInsightsSeed.DayAsync(temp, today, Topics.Ptsd);

        var rising = await PostgresInsightsSeed.Store(temp).GetRisingTopicsAsync(today, 4, CancellationToken.None);

        Assert.Equal(Topics.All.Count, rising.Count);
        Assert.Equal(new RisingTopic(Topics.Adhd, latestWeek, 6, 4, 0.5, 3, 1, 3), rising[0]);
        var anxiety = rising.Single(topic => topic.Topic == Topics.Anxiety);
        Assert.Equal((1L, 1L, 0.0, 1.0, 0.0, (double?)null), (anxiety.Posts, anxiety.PreviousWeekPosts, anxiety.WeekOverWeekChange, anxiety.TrailingMean, anxiety.TrailingStdDev, anxiety.ZScore));
        Assert.All(rising.Skip(1), topic => Assert.Null(topic.ZScore));
        Assert.Null(rising.Single(topic => topic.Topic == Topics.Ptsd).WeekOverWeekChange);
    }

    [Fact]
    public async Task ChangeVersion_WritesHereAndTimePassing_GrowsWithBoth()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var store = PostgresInsightsSeed.Store(temp);
        var start = store.ChangeVersion;

        temp.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(start, store.ChangeVersion);
        temp.Time.Advance(TimeSpan.FromSeconds(5));
        var later = store.ChangeVersion;
        Assert.True(later > start);

        // Other nodes' writes show once a slot passes; a write through this process shows at once.
        temp.Database.Changes.Note();
        Assert.True(store.ChangeVersion > later);
    }
}
