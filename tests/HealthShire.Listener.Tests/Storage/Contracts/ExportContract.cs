using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The research export of tagged posts, the same on every store.</summary>
public abstract class ExportContract(StoreKind kind)
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_WithoutPseudonyms_StreamsTaggedPostsInRangeOldestFirst()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await SeedAsync(store);

        var posts = await store.Insights.ExportPostsAsync(new ExportQuery(Day.AddDays(-1), Day, null, false), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-yesterday", "reddit-today", "x-today-x"], posts.Select(post => post.Id));
        Assert.All(posts, post => Assert.Null(post.AuthorPseudonym));
        var today = posts[1];
        Assert.Equal(("reddit", "depression", Topics.Adhd, true, true, true, false), (today.Source, today.Community, today.Topic, today.Question, today.Medication, today.MedicationQuestion, today.Crisis));
        Assert.Equal((0.8f, 1, 0, "https://example.test/today", "A title", "Some body text"), (today.TopicProbability, today.Score, today.ReplyCount, today.Url, today.Title, today.Body));
        Assert.Equal(Some.CreatedAt, today.CreatedAt);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_WithPseudonymsAndTopic_AddsThePseudonymAndFilters()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await SeedAsync(store);

        var posts = await store.Insights.ExportPostsAsync(new ExportQuery(Day.AddDays(-5), Day.AddDays(5), Topics.Adhd, true), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-today", "a1b2c3d4e5f6a7b8c9d0"), (post.Id, post.AuthorPseudonym));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_WithSourceOrCommunity_KeepsOnlyThatSourceOrCommunity()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("adhd-reddit", community: "adhd")),
                Some.Classified(Some.Post("depression-reddit")),
                Some.Classified(Some.Post("depression-x", source: "x")),
            ],
            [],
            TestContext.Current.CancellationToken);
        var token = TestContext.Current.CancellationToken;

        var ofX = await store.Insights.ExportPostsAsync(new ExportQuery(Day, Day, null, false) { Source = "x" }, token).ToListAsync(token);
        var ofAdhd = await store.Insights.ExportPostsAsync(new ExportQuery(Day, Day, null, false) { Community = "adhd" }, token).ToListAsync(token);
        var ofBoth = await store.Insights.ExportPostsAsync(
            new ExportQuery(Day, Day, null, false) { Source = "reddit", Community = "depression" }, token).ToListAsync(token);

        Assert.Equal(["x-depression-x"], ofX.Select(post => post.Id));
        Assert.Equal(["reddit-adhd-reddit"], ofAdhd.Select(post => post.Id));
        Assert.Equal(["reddit-depression-reddit"], ofBoth.Select(post => post.Id));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_CrisisPost_KeepsItsRowAndTagsButNotItsTextLinkOrPseudonym()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("crisis"), Some.Tags(Topics.SelfHarmSuicide, question: true, crisis: true))],
            [],
            TestContext.Current.CancellationToken);

        var posts = await store.Insights.ExportPostsAsync(new ExportQuery(Day, Day, null, true), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-crisis", Topics.SelfHarmSuicide, true, true), (post.Id, post.Topic, post.Question, post.Crisis));
        Assert.Equal((string.Empty, string.Empty, string.Empty, (string?)null), (post.Title, post.Body, post.Url, post.AuthorPseudonym));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_DaysInAnotherZone_CutsTheRangeInTheListenerCalendar()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind, zone: TimeZoneInfo.CreateCustomTimeZone("UTC+10", TimeSpan.FromHours(10), "UTC+10", "UTC+10"));
        // 09:30 UTC is 19:30 the same day at +10; 15:00 UTC is already the next day there.
        await store.Store.SaveBatchAsync(
            [Some.Classified("evening"), Some.Classified(Some.Post("next-day", createdAt: Some.CreatedAt.AddHours(5.5)))],
            [],
            TestContext.Current.CancellationToken);

        var posts = await store.Insights.ExportPostsAsync(new ExportQuery(Day, Day, null, false), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-evening"], posts.Select(post => post.Id));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportPostsAsync_RangeEndsBeforeItStarts_Throws()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await store.Insights.ExportPostsAsync(new ExportQuery(Day, Day.AddDays(-1), null, false), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }

    private static async Task SeedAsync(IStoreUnderTest store)
    {
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("today"), Some.Tags(Topics.Adhd, question: true, medicationQuestion: true)),
                Some.Classified(Some.Post("today-x", source: "x", createdAt: Some.CreatedAt.AddHours(1))),
                Some.Classified(Some.Post("yesterday", createdAt: Some.CreatedAt.AddDays(-1))),
                Some.Classified(Some.Post("too-early", createdAt: Some.CreatedAt.AddDays(-2))),
                Some.Classified(Some.Post("tomorrow", createdAt: Some.CreatedAt.AddDays(1))),
            ],
            [],
            TestContext.Current.CancellationToken);
        await ContractSeed.SaveUntaggedAsync(store, "untagged");
    }
}
