using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The crisis-posts list, the same on every store.</summary>
public abstract class CrisisPostsContract(StoreKind kind)
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetCrisisPostsAsync_MixedPosts_ListsLiveCrisisPostsNewestFirstWhateverTheirReplies()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("older", createdAt: Some.CreatedAt.AddHours(-5)), Some.Tags(Topics.SelfHarmSuicide, crisis: true)),
                Some.Classified(Some.Post("newer", replyCount: 4), Some.Tags(Topics.SelfHarmSuicide, question: true, crisis: true)),
                Some.Classified(Some.Post("deleted", flags: PostFlags.Deleted), Some.Tags(Topics.SelfHarmSuicide, crisis: true)),
                Some.Classified(Some.Post("calm"), Some.Tags(Topics.SelfHarmSuicide, question: true)),
                Some.Classified(Some.Post("long-ago", createdAt: Some.CreatedAt.AddDays(-30)), Some.Tags(crisis: true)),
            ],
            [],
            TestContext.Current.CancellationToken);

        var page = await store.Insights.GetCrisisPostsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 10), Some.CreatedAt.AddHours(1), TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-newer", "reddit-older"], page.Items.Select(item => item.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal(4, page.Items[0].ReplyCount);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetCrisisPostsAsync_BadPage_Throws()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.Insights.GetCrisisPostsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 0, 10), Some.CreatedAt, TestContext.Current.CancellationToken));
    }
}
