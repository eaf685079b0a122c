using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsExportTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    [Fact]
    public async Task ExportPostsAsync_WithoutPseudonyms_StreamsTaggedPostsInRangeOldestFirst()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await SeedAsync(temp);

        var posts = await PostgresInsightsSeed.Store(temp).ExportPostsAsync(new ExportQuery(Day.AddDays(-1), Day, null, false), CancellationToken.None).ToListAsync();

        Assert.Equal(["reddit-yesterday", "reddit-today", "x-today-x"], posts.Select(post => post.Id));
        Assert.All(posts, post => Assert.Null(post.AuthorPseudonym));
        var today = posts[1];
        Assert.Equal(("reddit", "depression", Topics.Adhd, true, true, true, false), (today.Source, today.Community, today.Topic, today.Question, today.Medication, today.MedicationQuestion, today.Crisis));
        Assert.Equal((0.8f, 1, 0, "https://example.test/today", "A title", "Some body text"), (today.TopicProbability, today.Score, today.ReplyCount, today.Url, today.Title, today.Body));
        Assert.Equal(Some.CreatedAt, today.CreatedAt);
    }

    [Fact]
    public async Task ExportPostsAsync_WithPseudonymsAndTopic_AddsThePseudonymAndFilters()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await SeedAsync(temp);

        var posts = await PostgresInsightsSeed.Store(temp).ExportPostsAsync(new ExportQuery(Day.AddDays(-5), Day.AddDays(5), Topics.Adhd, true), CancellationToken.None).ToListAsync();

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-today", PostgresInsightsSeed.Pseudonym), (post.Id, post.AuthorPseudonym));
    }

    [Fact]
    public async Task ExportPostsAsync_CrisisPost_KeepsItsRowAndTagsButNotItsTextLinkOrPseudonym()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "crisis", topic: Topics.SelfHarmSuicide, question: true, crisis: true);

        var posts = await PostgresInsightsSeed.Store(temp).ExportPostsAsync(new ExportQuery(Day, Day, null, true), CancellationToken.None).ToListAsync();

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-crisis", Topics.SelfHarmSuicide, true, true), (post.Id, post.Topic, post.Question, post.Crisis));
        Assert.Equal((string.Empty, string.Empty, string.Empty, (string?)null), (post.Title, post.Body, post.Url, post.AuthorPseudonym));
    }

    [Fact]
    public async Task ExportPostsAsync_DaysInAnotherZone_CutsTheRangeInTheListenerCalendar()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync(zone: TimeZoneInfo.CreateCustomTimeZone("UTC+10", TimeSpan.FromHours(10), "UTC+10", "UTC+10"));
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        // 09:30 UTC is 19:30 the same day at +10; 15:00 UTC is already the next day there.
        await PostgresInsightsSeed.PostAsync(temp, "evening");
        await PostgresInsightsSeed.PostAsync(temp, "next-day", createdAt: Some.CreatedAt.AddHours(5.5));

        var posts = await PostgresInsightsSeed.Store(temp).ExportPostsAsync(new ExportQuery(Day, Day, null, false), CancellationToken.None).ToListAsync();

        Assert.Equal(["reddit-evening"], posts.Select(post => post.Id));
    }

    [Fact]
    public async Task ExportPostsAsync_RangeEndsBeforeItStarts_Throws()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await PostgresInsightsSeed.Store(temp).ExportPostsAsync(new ExportQuery(Day, Day.AddDays(-1), null, false), CancellationToken.None).ToListAsync());
    }

    private static async Task SeedAsync(PostgresTemporaryDatabase temp)
    {
        await PostgresInsightsSeed.PostAsync(temp, "today", topic: Topics.Adhd, question: true, medicationQuestion: true);
        await PostgresInsightsSeed.PostAsync(temp, "today-x", source: "x", createdAt: Some.CreatedAt.AddHours(1));
        await PostgresInsightsSeed.PostAsync(temp, "yesterday", createdAt: Some.CreatedAt.AddDays(-1));
        await PostgresInsightsSeed.PostAsync(temp, "too-early", createdAt: Some.CreatedAt.AddDays(-2));
        await PostgresInsightsSeed.PostAsync(temp, "tomorrow", createdAt: Some.CreatedAt.AddDays(1));
        await PostgresInsightsSeed.UntaggedAsync(temp, "untagged");
    }
}
