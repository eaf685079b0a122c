using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Tests.Support;

/// <summary>Builders for test values with sensible defaults.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static Post Post(
        string id = "abc123",
        string source = "reddit",
        string community = "depression",
        string title = "Just started sertraline, what should I expect?",
        string body = "Any advice from people who have been through the first weeks?",
        DateTimeOffset? createdAt = null,
        int replies = 0) =>
        new(source, id, community, title, body, "pseudonym0001", $"https://www.reddit.com/r/{community}/comments/{id}/",
            createdAt ?? Now.AddHours(-1), 3, replies, PostFlags.None);

    public static PostTags Tags(string topic = Topics.Depression, string modelVersion = "test-model") =>
        new(topic, 0.9f, new IntentScore(true, 0.8f), new IntentScore(true, 0.7f), new IntentScore(true, 0.6f),
            new IntentScore(false, 0.1f), modelVersion);

    public static Checkpoint Checkpoint(string key = "depression", string value = "t3_abc123", string source = "reddit") =>
        new(source, key, value, Now);
}
