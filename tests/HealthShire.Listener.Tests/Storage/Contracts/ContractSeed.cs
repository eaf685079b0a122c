namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>Seeding that the insights contracts share, written through the store under test so both providers start alike.</summary>
internal static class ContractSeed
{
    /// <summary>Saves one post per entry at 10:00 UTC of its day, each with a new id.</summary>
    public static Task SaveDaysAsync(IStoreUnderTest store, params (DateOnly Day, string Topic, bool Question)[] posts) =>
        store.Store.SaveBatchAsync(
            [
                .. posts.Select(post => Some.Classified(
                    Some.Post($"t{Guid.NewGuid():N}", createdAt: new DateTimeOffset(post.Day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)),
                    Some.Tags(post.Topic, question: post.Question))),
            ],
            [],
            TestContext.Current.CancellationToken);

    /// <summary>
    /// Saves a post and then takes its tags away, as a post stored before any model had tagged it: no store call
    /// leaves a post untagged, yet the insights must pass over such rows.
    /// </summary>
    public static async Task SaveUntaggedAsync(IStoreUnderTest store, string sourceId)
    {
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post(sourceId), Some.Tags(question: true))], [], TestContext.Current.CancellationToken);
        await store.ExecuteAsync($"""
            UPDATE posts SET topic = NULL, topic_probability = NULL, is_question = NULL, question_score = NULL,
                             is_medication = NULL, medication_score = NULL, is_medication_question = NULL,
                             medication_question_score = NULL, is_crisis = NULL, crisis_score = NULL,
                             model_version = NULL, tagged_at = NULL
            WHERE source_id = '{sourceId}'
            """);
    }
}
