using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>Trends read from the day rollups the post store keeps, the same on every store.</summary>
public abstract class TrendQueryContract(StoreKind kind)
{
    // A Wednesday.
    private static readonly DateOnly Wednesday = new(2025, 3, 5);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_Days_EveryTopicWithEveryDayZeroFilled()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await ContractSeed.SaveDaysAsync(store, (Wednesday, Topics.Adhd, true), (Wednesday, Topics.Adhd, false), (Wednesday.AddDays(2), Topics.Anxiety, true));

        var series = await store.Insights.GetTrendsAsync(new TrendQuery(Wednesday, Wednesday.AddDays(3), TrendInterval.Day, null, null, null), TestContext.Current.CancellationToken);

        Assert.Equal(Topics.All, series.Select(s => s.Topic));
        Assert.All(series, s => Assert.Equal([Wednesday, Wednesday.AddDays(1), Wednesday.AddDays(2), Wednesday.AddDays(3)], s.Points.Select(p => p.Start)));
        Assert.Equal([2L, 0, 0, 0], series.Single(s => s.Topic == Topics.Adhd).Points.Select(p => p.Posts));
        Assert.Equal(new TrendPoint(Wednesday, 2, 1, 0, 0, 1), series.Single(s => s.Topic == Topics.Adhd).Points[0]);
        Assert.Equal([0L, 0, 1, 0], series.Single(s => s.Topic == Topics.Anxiety).Points.Select(p => p.Questions));
        Assert.All(series.Where(s => s.Topic is not (Topics.Adhd or Topics.Anxiety)), s => Assert.All(s.Points, p => Assert.Equal(0, p.Posts)));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_Weeks_WholeIsoWeeksStartingOnMonday()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var monday = new DateOnly(2025, 3, 3);
        await ContractSeed.SaveDaysAsync(store, [.. new[] { 0, 6, 7, 20, 21 }.Select(offset => (monday.AddDays(offset), Topics.Adhd, false))]);

        var series = await store.Insights.GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(14), TrendInterval.Week, Topics.Adhd, null, null), TestContext.Current.CancellationToken);

        var adhd = Assert.Single(series);
        Assert.Equal([monday, monday.AddDays(7), monday.AddDays(14)], adhd.Points.Select(p => p.Start));
        Assert.Equal([2L, 1, 1], adhd.Points.Select(p => p.Posts));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_SourceAndCommunityFilters_CountOnlyMatchingPosts()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var at = Wednesday.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("1", community: "adhd", createdAt: at), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("2", community: "depression", createdAt: at), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("3", source: "x", community: "adhd", createdAt: at), Some.Tags(Topics.Adhd)),
            ],
            [],
            TestContext.Current.CancellationToken);

        async Task<long> PostsAsync(string? source, string? community) =>
            (await store.Insights.GetTrendsAsync(new TrendQuery(Wednesday, Wednesday, TrendInterval.Day, Topics.Adhd, source, community), TestContext.Current.CancellationToken))
                .Single().Points.Single().Posts;

        Assert.Equal(3, await PostsAsync(null, null));
        Assert.Equal(2, await PostsAsync("reddit", null));
        Assert.Equal(2, await PostsAsync(null, "adhd"));
        Assert.Equal(1, await PostsAsync("x", "adhd"));
        Assert.Equal(0, await PostsAsync("x", "depression"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_RangeEndsBeforeItStarts_Throws()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Insights.GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(-1), TrendInterval.Day, null, null, null), TestContext.Current.CancellationToken));
    }
}
