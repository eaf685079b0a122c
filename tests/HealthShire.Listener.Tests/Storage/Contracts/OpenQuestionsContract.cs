using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The open-questions list and the marks that take a question off it, the same on every store.</summary>
public abstract class OpenQuestionsContract(StoreKind kind)
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

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetOpenQuestionsAsync_MixedPosts_ListsOnlyOpenQuestionsNewestFirst()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("open-old", createdAt: Some.CreatedAt.AddHours(-3)), Some.Tags(question: true)),
                Some.Classified(Some.Post("open-new", createdAt: Some.CreatedAt.AddHours(-1)), Some.Tags(question: true, medicationQuestion: true)),
                Some.Classified(Some.Post("statement"), Some.Tags(question: false)),
                Some.Classified(Some.Post("answered", replyCount: 1), Some.Tags(question: true)),
                Some.Classified(Some.Post("crisis"), Some.Tags(question: true, crisis: true)),
                Some.Classified(Some.Post("removed", flags: PostFlags.Removed), Some.Tags(question: true)),
                Some.Classified(Some.Post("too-old", createdAt: Now.AddDays(-8)), Some.Tags(question: true)),
                Some.Classified(Some.Post("marked"), Some.Tags(question: true)),
                Some.Classified(Some.Post("answered-later"), Some.Tags(question: true)),
            ],
            [],
            TestContext.Current.CancellationToken);
        await ContractSeed.SaveUntaggedAsync(store, "untagged");
        Assert.True(await store.Insights.MarkAsync("reddit", "marked", PostMark.Dismissed, TestContext.Current.CancellationToken));
        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("answered-later", 1, 2, PostFlags.None)], TestContext.Current.CancellationToken);

        var page = await store.Insights.GetOpenQuestionsAsync(Query(), Now, TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-open-new", "reddit-open-old"], page.Items.Select(item => item.Id));
        Assert.Equal(2, page.Total);
        var first = page.Items[0];
        Assert.Equal(("reddit", "depression", Topics.Depression, "A title", "Some body text", "https://example.test/open-new"),
            (first.Source, first.Community, first.Topic, first.Title, first.Excerpt, first.Url));
        Assert.Equal((Some.CreatedAt.AddHours(-1), 0, 1, true), (first.CreatedAt, first.ReplyCount, first.Score, first.MedicationQuestion));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetOpenQuestionsAsync_Filters_NarrowByTopicSourceCommunityAndAge()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("a", community: "adhd"), Some.Tags(Topics.Adhd, question: true)),
                Some.Classified(Some.Post("b", source: "x", community: "adhd"), Some.Tags(Topics.Adhd, question: true)),
                Some.Classified(Some.Post("c", createdAt: Now.AddDays(-2)), Some.Tags(Topics.Anxiety, question: true)),
            ],
            [],
            TestContext.Current.CancellationToken);

        async Task<string[]> IdsAsync(PostQuery query) =>
            [.. (await store.Insights.GetOpenQuestionsAsync(query, Now, TestContext.Current.CancellationToken)).Items.Select(item => item.Id).Order()];

        Assert.Equal(["reddit-a", "x-b"], await IdsAsync(Query(topic: Topics.Adhd)));
        Assert.Equal(["reddit-a", "reddit-c"], await IdsAsync(Query(source: "reddit")));
        Assert.Equal(["reddit-c"], await IdsAsync(Query(community: "depression")));
        Assert.Equal(["reddit-a", "x-b"], await IdsAsync(Query(maxAgeDays: 1)));
        Assert.Empty(await IdsAsync(Query(topic: Topics.Anxiety, maxAgeDays: 1)));
        Assert.Equal(["reddit-a", "reddit-c", "x-b"], await IdsAsync(Query() with { MaxAge = TimeSpan.MaxValue }));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetOpenQuestionsAsync_PagedByScore_TotalCountsEveryMatch()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [.. Enumerable.Range(0, 5).Select(i => Some.Classified(Some.Post($"s{i}", score: i * 10, createdAt: Some.CreatedAt.AddMinutes(-i)), Some.Tags(question: true)))],
            [],
            TestContext.Current.CancellationToken);

        var second = await store.Insights.GetOpenQuestionsAsync(Query(order: QuestionOrder.Score, page: 2, pageSize: 2), Now, TestContext.Current.CancellationToken);
        var beyond = await store.Insights.GetOpenQuestionsAsync(Query(page: 9, pageSize: 2), Now, TestContext.Current.CancellationToken);
        var newest = await store.Insights.GetOpenQuestionsAsync(Query(pageSize: 2), Now, TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-s2", "reddit-s1"], second.Items.Select(item => item.Id));
        Assert.Equal((2, 2, 5L), (second.Page, second.PageSize, second.Total));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
        Assert.Equal(["reddit-s0", "reddit-s1"], newest.Items.Select(item => item.Id));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MarkAsync_KnownPostMarkedTwice_KeepsTheLatestMark()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("m"), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        Assert.True(await store.Insights.MarkAsync("reddit", "m", PostMark.Engaged, TestContext.Current.CancellationToken));
        store.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await store.Insights.MarkAsync("reddit", "m", PostMark.Dismissed, TestContext.Current.CancellationToken));

        Assert.Equal((1L, 1L), (await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_marks"), await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_marks WHERE mark = 'dismissed'")));
        Assert.Equal(store.Time.GetUtcNow(), await store.TimeFromSqlAsync("SELECT marked_at FROM post_marks"));
        Assert.Empty((await store.Insights.GetOpenQuestionsAsync(Query(), Now, TestContext.Current.CancellationToken)).Items);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MarkAsync_UnknownPost_ReturnsFalseAndStoresNothing()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("m", source: "x"))], [], TestContext.Current.CancellationToken);

        Assert.False(await store.Insights.MarkAsync("reddit", "m", PostMark.Engaged, TestContext.Current.CancellationToken));
        Assert.Equal(0L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_marks"));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetOpenQuestionsAsync_LongBody_ExcerptEndsOnAWordWithEllipsis()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        var body = string.Concat(Enumerable.Repeat("I cannot sleep and\nworry about the new dose ", 60));
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("long", body: body), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);

        var excerpt = (await store.Insights.GetOpenQuestionsAsync(Query(), Now, TestContext.Current.CancellationToken)).Items.Single().Excerpt;

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.InRange(excerpt.Length, 200, 241);
        Assert.DoesNotContain("\n", excerpt, StringComparison.Ordinal);
        Assert.StartsWith(excerpt[..^1] + " ", body.Replace('\n', ' '), StringComparison.Ordinal);
    }
}
