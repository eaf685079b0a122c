using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class TrendQueryTests
{
    // A Wednesday.
    private static readonly DateOnly Wednesday = new(2025, 3, 5);

    [Fact]
    public async Task GetTrendsAsync_Days_EveryTopicWithEveryDayZeroFilled()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await SaveAsync(temp, (Wednesday, Topics.Adhd, true), (Wednesday, Topics.Adhd, false), (Wednesday.AddDays(2), Topics.Anxiety, true));

        var series = await temp.Insights.GetTrendsAsync(new TrendQuery(Wednesday, Wednesday.AddDays(3), TrendInterval.Day, null, null, null), CancellationToken.None);

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
        await using var temp = await TemporaryStore.CreateAsync();
        var monday = new DateOnly(2025, 3, 3);
        await SaveAsync(
            temp,
            (monday, Topics.Adhd, false),
            (monday.AddDays(6), Topics.Adhd, false),
            (monday.AddDays(7), Topics.Adhd, false),
            (monday.AddDays(20), Topics.Adhd, false),
            (monday.AddDays(21), Topics.Adhd, false));

        var series = await temp.Insights.GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(14), TrendInterval.Week, Topics.Adhd, null, null), CancellationToken.None);

        var adhd = Assert.Single(series);
        Assert.Equal([monday, monday.AddDays(7), monday.AddDays(14)], adhd.Points.Select(p => p.Start));
        Assert.Equal([2L, 1, 1], adhd.Points.Select(p => p.Posts));
    }

    [Fact]
    public async Task GetTrendsAsync_SourceAndCommunityFilters_CountOnlyMatchingPosts()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var at = Wednesday.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        await temp.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("1", community: "adhd", createdAt: at), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("2", community: "depression", createdAt: at), Some.Tags(Topics.Adhd)),
                Some.Classified(Some.Post("3", source: "x", community: "adhd", createdAt: at), Some.Tags(Topics.Adhd)),
            ],
            [],
            CancellationToken.None);

        async Task<long> PostsAsync(string? source, string? community) =>
            (await temp.Insights.GetTrendsAsync(new TrendQuery(Wednesday, Wednesday, TrendInterval.Day, Topics.Adhd, source, community), CancellationToken.None))
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
        await using var temp = await TemporaryStore.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => temp.Insights.GetTrendsAsync(
            new TrendQuery(Wednesday, Wednesday.AddDays(-1), TrendInterval.Day, null, null, null), CancellationToken.None));
    }

    /// <summary>Saves one post per entry at 10:00 UTC of its day, each with a new id.</summary>
    internal static Task SaveAsync(TemporaryStore temp, params (DateOnly Day, string Topic, bool Question)[] posts) =>
        temp.Store.SaveBatchAsync(
            [
                .. posts.Select(post => Some.Classified(
                    Some.Post($"t{Guid.NewGuid():N}", createdAt: new DateTimeOffset(post.Day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)),
                    Some.Tags(post.Topic, question: post.Question))),
            ],
            [],
            CancellationToken.None);
}
