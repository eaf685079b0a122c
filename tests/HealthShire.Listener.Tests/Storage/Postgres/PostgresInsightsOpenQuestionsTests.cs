using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsOpenQuestionsTests
{
    private static readonly DateTimeOffset Now = Some.CreatedAt.AddHours(2);

    private static PostQuery Query(
        string? topic = null,
        string? source = null,
        string? community = null,
        int maxAgeDays = 7,
        QuestionOrder order = QuestionOrder.Newest,
        int page = 1,
        int pageSize = 50) =>
        new(topic, source, community, TimeSpan.FromDays(maxAgeDays), order, page, pageSize);

    [Fact]
    public async Task GetOpenQuestionsAsync_MixedPosts_ListsOnlyOpenQuestionsNewestFirst()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "open-old", createdAt: Some.CreatedAt.AddHours(-3), question: true);
        await PostgresInsightsSeed.PostAsync(temp, "open-new", createdAt: Some.CreatedAt.AddHours(-1), question: true, medicationQuestion: true);
        await PostgresInsightsSeed.PostAsync(temp, "statement");
        await PostgresInsightsSeed.PostAsync(temp, "answered", replyCount: 1, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "crisis", question: true, crisis: true);
        await PostgresInsightsSeed.PostAsync(temp, "removed", flags: PostFlags.Removed, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "too-old", createdAt: Now.AddDays(-8), question: true);
        await PostgresInsightsSeed.PostAsync(temp, "marked", question: true);
        await PostgresInsightsSeed.PostAsync(temp, "answered-later", question: true);
        await PostgresInsightsSeed.UntaggedAsync(temp, "untagged");
        var store = PostgresInsightsSeed.Store(temp);
        Assert.True(await store.MarkAsync("reddit", "marked", PostMark.Dismissed, CancellationToken.None));
        await temp.ScalarAsync("UPDATE posts SET reply_count = 2 WHERE source_id = 'answered-later'");

        var page = await store.GetOpenQuestionsAsync(Query(), Now, CancellationToken.None);

        Assert.Equal(["reddit-open-new", "reddit-open-old"], page.Items.Select(item => item.Id));
        Assert.Equal(2, page.Total);
        var first = page.Items[0];
        Assert.Equal(("reddit", "depression", Topics.Depression, "A title", "Some body text", "https://example.test/open-new"),
            (first.Source, first.Community, first.Topic, first.Title, first.Excerpt, first.Url));
        Assert.Equal((Some.CreatedAt.AddHours(-1), 0, 1, true), (first.CreatedAt, first.ReplyCount, first.Score, first.MedicationQuestion));
    }

    [Fact]
    public async Task GetOpenQuestionsAsync_Filters_NarrowByTopicSourceCommunityAndAge()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "a", community: "adhd", topic: Topics.Adhd, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "b", source: "x", community: "adhd", topic: Topics.Adhd, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "c", createdAt: Now.AddDays(-2), topic: Topics.Anxiety, question: true);
        var store = PostgresInsightsSeed.Store(temp);

        async Task<string[]> IdsAsync(PostQuery query) =>
            [.. (await store.GetOpenQuestionsAsync(query, Now, CancellationToken.None)).Items.Select(item => item.Id).Order()];

        Assert.Equal(["reddit-a", "x-b"], await IdsAsync(Query(topic: Topics.Adhd)));
        Assert.Equal(["reddit-a", "reddit-c"], await IdsAsync(Query(source: "reddit")));
        Assert.Equal(["reddit-c"], await IdsAsync(Query(community: "depression")));
        Assert.Equal(["reddit-a", "x-b"], await IdsAsync(Query(maxAgeDays: 1)));
        Assert.Empty(await IdsAsync(Query(topic: Topics.Anxiety, maxAgeDays: 1)));
        Assert.Equal(["reddit-a", "reddit-c", "x-b"], await IdsAsync(Query() with { MaxAge = TimeSpan.MaxValue }));
    }

    [Fact]
    public async Task GetOpenQuestionsAsync_PagedByScore_TotalCountsEveryMatch()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        for (var i = 0; i < 5; i++)
        {
            await PostgresInsightsSeed.PostAsync(temp, $"s{i}", score: i * 10, createdAt: Some.CreatedAt.AddMinutes(-i), question: true);
        }

        var store = PostgresInsightsSeed.Store(temp);
        var second = await store.GetOpenQuestionsAsync(Query(order: QuestionOrder.Score, page: 2, pageSize: 2), Now, CancellationToken.None);
        var beyond = await store.GetOpenQuestionsAsync(Query(page: 9, pageSize: 2), Now, CancellationToken.None);
        var newest = await store.GetOpenQuestionsAsync(Query(pageSize: 2), Now, CancellationToken.None);

        Assert.Equal(["reddit-s2", "reddit-s1"], second.Items.Select(item => item.Id));
        Assert.Equal((2, 2, 5L), (second.Page, second.PageSize, second.Total));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
        Assert.Equal(["reddit-s0", "reddit-s1"], newest.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task MarkAsync_KnownPostMarkedTwice_KeepsTheLatestMark()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "m", question: true);
        var store = PostgresInsightsSeed.Store(temp);

        Assert.True(await store.MarkAsync("reddit", "m", PostMark.Engaged, CancellationToken.None));
        temp.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await store.MarkAsync("reddit", "m", PostMark.Dismissed, CancellationToken.None));

        Assert.Equal("dismissed", await temp.ScalarAsync("SELECT mark FROM post_marks"));
        Assert.Equal(temp.Time.GetUtcNow().UtcDateTime, (DateTime?)await temp.ScalarAsync("SELECT marked_at FROM post_marks"));
        Assert.Empty((await store.GetOpenQuestionsAsync(Query(), Now, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task MarkAsync_UnknownPost_ReturnsFalseAndStoresNothing()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "m", source: "x");

        Assert.False(await PostgresInsightsSeed.Store(temp).MarkAsync("reddit", "m", PostMark.Engaged, CancellationToken.None));
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM post_marks"));
    }

    [Fact]
    public async Task GetOpenQuestionsAsync_LongBody_ExcerptEndsOnAWordWithEllipsis()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var body = string.Concat(Enumerable.Repeat("I cannot sleep and\nworry about the new dose ", 60));
        await PostgresInsightsSeed.PostAsync(temp, "long", body: body, question: true);

        var excerpt = (await PostgresInsightsSeed.Store(temp).GetOpenQuestionsAsync(Query(), Now, CancellationToken.None)).Items.Single().Excerpt;

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.InRange(excerpt.Length, 200, 241);
        Assert.DoesNotContain("\n", excerpt, StringComparison.Ordinal);
        Assert.StartsWith(excerpt[..^1] + " ", body.Replace('\n', ' '), StringComparison.Ordinal);
    }
}
