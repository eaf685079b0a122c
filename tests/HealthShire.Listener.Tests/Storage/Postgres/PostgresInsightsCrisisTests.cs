using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsCrisisTests
{
    [Fact]
    public async Task GetCrisisPostsAsync_MixedPosts_ListsLiveCrisisPostsNewestFirstWhateverTheirReplies()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await PostgresInsightsSeed.PostAsync(temp, "older", createdAt: Some.CreatedAt.AddHours(-5), topic: Topics.SelfHarmSuicide, crisis: true);
        await PostgresInsightsSeed.PostAsync(temp, "newer", replyCount: 4, topic: Topics.SelfHarmSuicide, question: true, crisis: true);
        await PostgresInsightsSeed.PostAsync(temp, "deleted", flags: PostFlags.Deleted, topic: Topics.SelfHarmSuicide, crisis: true);
        await PostgresInsightsSeed.PostAsync(temp, "calm", topic: Topics.SelfHarmSuicide, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "long-ago", createdAt: Some.CreatedAt.AddDays(-30), crisis: true);

        var page = await PostgresInsightsSeed.Store(temp).GetCrisisPostsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 10), Some.CreatedAt.AddHours(1), CancellationToken.None);

        Assert.Equal(["reddit-newer", "reddit-older"], page.Items.Select(item => item.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal(4, page.Items[0].ReplyCount);
    }

    [Fact]
    public async Task GetCrisisPostsAsync_BadPage_Throws()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PostgresInsightsSeed.Store(temp).GetCrisisPostsAsync(
            new PostQuery(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 0, 10), Some.CreatedAt, CancellationToken.None));
    }
}
