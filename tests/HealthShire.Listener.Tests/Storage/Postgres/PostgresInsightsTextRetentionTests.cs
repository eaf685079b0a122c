using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Postgres.Insights;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresInsightsTextRetentionTests
{
    private const string RollupsSql = "SELECT string_agg(concat_ws('/', day, topic, source, community, posts, questions), ';' ORDER BY day, topic, source, community) FROM post_day_counts";

    [Fact]
    public async Task ClearTextOlderThanAsync_OldAndNewPosts_ClearsOnlyOldTextAndKeepsTagsAndCounts()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var cut = Some.CreatedAt;
        await PostgresInsightsSeed.PostAsync(temp, "old", createdAt: cut.AddDays(-200), topic: Topics.Bipolar, question: true);
        await PostgresInsightsSeed.PostAsync(temp, "just-before", createdAt: cut.AddTicks(-10), topic: Topics.Adhd);
        await PostgresInsightsSeed.PostAsync(temp, "at-cut", createdAt: cut, topic: Topics.Adhd);
        await PostgresInsightsSeed.DayAsync(temp, DateOnly.FromDateTime(cut.AddDays(-200).UtcDateTime), Topics.Bipolar, question: true);
        await PostgresInsightsSeed.DayAsync(temp, DateOnly.FromDateTime(cut.UtcDateTime), Topics.Adhd);
        var rollupsBefore = await temp.ScalarAsync(RollupsSql);
        var store = PostgresInsightsSeed.Store(temp);

        var cleared = await store.ClearTextOlderThanAsync(cut, CancellationToken.None);

        Assert.Equal(2, cleared);
        Assert.Equal(("", "", Topics.Bipolar), await ColumnsAsync(temp, "old"));
        Assert.Equal(("", "", Topics.Adhd), await ColumnsAsync(temp, "just-before"));
        Assert.Equal(("A title", "Some body text", Topics.Adhd), await ColumnsAsync(temp, "at-cut"));
        Assert.Equal(rollupsBefore, await temp.ScalarAsync(RollupsSql));
        Assert.Equal(0, await store.ClearTextOlderThanAsync(cut, CancellationToken.None));
    }

    [Fact]
    public async Task ClearTextOlderThanAsync_MoreThanOneBatch_ClearsEveryOldPost()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        // Many posts share an instant, so the walk must not stop or loop at a batch edge.
        var count = PostgresTextRetention.BatchSize + 321;
        await temp.ScalarAsync(
            """
            INSERT INTO posts (source, source_id, community, title, body, created_at, first_seen_at, last_seen_at)
            SELECT 'reddit', 'r' || i, 'depression', 'A title', 'Some body text', $1 - (i / 500) * interval '1 second', $1, $1
            FROM generate_series(0, $2 - 1) AS i
            """,
            Some.CreatedAt,
            count);

        var cleared = await PostgresInsightsSeed.Store(temp).ClearTextOlderThanAsync(Some.CreatedAt.AddDays(1), CancellationToken.None);

        Assert.Equal(count, cleared);
        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM posts WHERE title <> '' OR body <> ''"));
    }

    private static async Task<(string, string, string)> ColumnsAsync(PostgresTemporaryDatabase temp, string sourceId) =>
        ((string)(await temp.ScalarAsync("SELECT title FROM posts WHERE source_id = $1", sourceId))!,
         (string)(await temp.ScalarAsync("SELECT body FROM posts WHERE source_id = $1", sourceId))!,
         (string)(await temp.ScalarAsync("SELECT topic FROM posts WHERE source_id = $1", sourceId))!);
}
