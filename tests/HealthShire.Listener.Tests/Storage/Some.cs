using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>Builders for store inputs with ordinary values unless told otherwise.</summary>
internal static class Some
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 2, 28, 9, 30, 0, TimeSpan.Zero);

    public static Post Post(
        string sourceId,
        string source = "reddit",
        string community = "depression",
        string title = "A title",
        string body = "Some body text",
        DateTimeOffset? createdAt = null,
        int score = 1,
        int replyCount = 0,
        PostFlags flags = PostFlags.None) =>
        new(source, sourceId, community, title, body, "a1b2c3d4e5f6a7b8c9d0", $"https://example.test/{sourceId}",
            createdAt ?? CreatedAt, score, replyCount, flags);

    public static PostTags Tags(
        string topic = Topics.Depression,
        bool question = false,
        string modelVersion = "model-1",
        bool medicationQuestion = false,
        bool crisis = false) =>
        new(topic, 0.8f, new IntentScore(question, question ? 0.9f : 0.1f), new IntentScore(medicationQuestion, medicationQuestion ? 0.8f : 0.05f),
            new IntentScore(medicationQuestion, medicationQuestion ? 0.7f : 0.02f), new IntentScore(crisis, crisis ? 0.9f : 0.01f), modelVersion);

    public static ClassifiedPost Classified(Post post, PostTags? tags = null) => new(post, tags ?? Tags());

    public static ClassifiedPost Classified(string sourceId) => Classified(Post(sourceId));

    public static IReadOnlyList<ClassifiedPost> Batch(int count, string prefix = "p") =>
        [.. Enumerable.Range(0, count).Select(i => Classified($"{prefix}{i}"))];

    public static Checkpoint Checkpoint(string value, string key = "depression", string source = "reddit") =>
        new(source, key, value, default);
}
