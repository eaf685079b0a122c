using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// The bulk writer an import stores through, on either store: the same posts written in large batches leave exactly the
/// posts and rollups that writing them one at a time through <see cref="IPostStore.SaveBatchAsync"/> leaves, and writing
/// them again changes no count.
/// </summary>
public abstract class BulkWriterContract(StoreKind kind)
{
    private const string PostsSql = """
        SELECT source_id, community, topic, reply_count, flags, medications, title, body FROM posts ORDER BY source_id;
        """;

    private const string MedicationRollupsSql = """
        SELECT medication, day, topic, source, community, posts, questions, medication_questions, crisis, unanswered
        FROM post_day_medication_counts ORDER BY medication, day, topic, source, community;
        """;

    private const string TopicTotalsSql = """
        SELECT day, topic, posts, questions, medication_questions, crisis, unanswered FROM post_day_topic_counts ORDER BY day, topic;
        """;

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task WriteAsync_SameInputAsPostByPost_LeavesTheSamePostsAndRollups()
    {
        var input = Input();
        await using var onePerCall = await StoresUnderTest.CreateAsync(kind);
        foreach (var post in input)
        {
            await onePerCall.Store.SaveBatchAsync([post], [], TestContext.Current.CancellationToken);
        }

        await using var bulk = await StoresUnderTest.CreateAsync(kind);
        var saved = await WriteInBatchesAsync(bulk.Store, input, batchSize: 7);

        Assert.Equal(input.Select(p => p.Post.SourceId).Distinct().Count(), saved.Inserted);
        Assert.Equal(input.Count - saved.Inserted, saved.Updated);
        Assert.Equal(await RollupAssert.RollupsAsync(onePerCall), await RollupAssert.RollupsAsync(bulk));
        Assert.Equal(await onePerCall.RowsFromSqlAsync(MedicationRollupsSql), await bulk.RowsFromSqlAsync(MedicationRollupsSql));
        Assert.Equal(await onePerCall.RowsFromSqlAsync(TopicTotalsSql), await bulk.RowsFromSqlAsync(TopicTotalsSql));
        Assert.Equal(await onePerCall.RowsFromSqlAsync(PostsSql), await bulk.RowsFromSqlAsync(PostsSql));
        await RollupAssert.MatchesRecountAsync(bulk);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task WriteAsync_SameInputAgain_ChangesNoCount()
    {
        var input = Input();
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await WriteInBatchesAsync(store.Store, input, batchSize: 10);
        var rollups = await RollupAssert.RollupsAsync(store);
        var medications = await store.RowsFromSqlAsync(MedicationRollupsSql);

        var again = await WriteInBatchesAsync(store.Store, input, batchSize: 10);

        Assert.Equal(new SaveResult(0, input.Count), again);
        Assert.Equal(rollups, await RollupAssert.RollupsAsync(store));
        Assert.Equal(medications, await store.RowsFromSqlAsync(MedicationRollupsSql));
        Assert.Equal(input.Select(p => p.Post.SourceId).Distinct().Count(), await store.CountPostsAsync());
        await RollupAssert.MatchesRecountAsync(store);
    }

    private static async Task<SaveResult> WriteInBatchesAsync(IPostStore store, IReadOnlyList<ClassifiedPost> posts, int batchSize)
    {
        var (inserted, updated) = (0, 0);
        await using var writer = await store.OpenBulkWriterAsync(TestContext.Current.CancellationToken);
        foreach (var batch in posts.Chunk(batchSize))
        {
            var saved = await writer.WriteAsync(batch, TestContext.Current.CancellationToken);
            (inserted, updated) = (inserted + saved.Inserted, updated + saved.Updated);
        }

        return new SaveResult(inserted, updated);
    }

    /// <summary>
    /// Posts over several days, topics, communities and medications, some seen again later with other tags, replies or
    /// as deleted (in the same batch and in later ones), as a dump that repeats itself would bring them.
    /// </summary>
    private static List<ClassifiedPost> Input()
    {
        string[] topics = [Topics.Depression, Topics.Anxiety, Topics.Adhd];
        string[] communities = ["depression", "ADHD"];
        string[][] medications = [[], ["sertraline"], ["lithium", "sertraline"]];
        var posts = new List<ClassifiedPost>();
        for (var i = 0; i < 40; i++)
        {
            var post = Some.Post(
                $"p{i:00}", community: communities[i % 2], createdAt: Some.CreatedAt.AddHours(i * 7), replyCount: i % 3 == 0 ? 0 : i % 5);
            var tags = Some.Tags(topics[i % 3], question: i % 2 == 0, medicationQuestion: i % 4 == 0, crisis: i % 9 == 0) with
            {
                Medications = medications[i % 3],
            };
            posts.Add(new ClassifiedPost(post, tags));
        }

        // Seen again: with another topic and a reply, right after and much later; as deleted; twice within a few posts.
        posts.Insert(3, posts[1] with { Post = posts[1].Post with { ReplyCount = 4 }, Tags = posts[1].Tags with { Topic = Topics.Ptsd } });
        posts.Add(posts[5] with { Post = posts[5].Post with { ReplyCount = 1 }, Tags = Some.Tags(Topics.Bipolar, question: true) });
        posts.Add(posts[8] with { Post = posts[8].Post with { Body = "[deleted]", Flags = PostFlags.Deleted }, Tags = Some.Tags(Topics.None) });
        posts.Add(posts[12] with { Tags = posts[12].Tags with { Medications = ["lithium"] } });
        posts.Add(posts[12] with { Post = posts[12].Post with { Flags = PostFlags.Removed } });
        return posts;
    }
}
