using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>Tagged posts written for these tests, created a little before now.</summary>
internal static class Seed
{
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static ClassifiedPost Post(
        string sourceId,
        string topic,
        bool question = false,
        bool crisis = false,
        bool medicationQuestion = false,
        int replies = 0,
        string title = "A made-up title",
        string body = "A made-up body for a test post.",
        string community = "testcommunity",
        TimeSpan? age = null,
        string source = "reddit",
        string[]? medications = null,
        PostFlags flags = PostFlags.None)
    {
        var post = new Post(
            source,
            sourceId,
            community,
            title,
            body,
            "pseudonym-" + sourceId,
            $"https://www.reddit.com/r/{community}/comments/{sourceId}/",
            Now - (age ?? TimeSpan.FromHours(1)),
            Score: 3,
            ReplyCount: replies,
            flags);
        var tags = new PostTags(
            topic,
            0.9f,
            new IntentScore(question, question ? 0.9f : 0.1f),
            new IntentScore(medicationQuestion, 0.5f),
            new IntentScore(medicationQuestion, medicationQuestion ? 0.9f : 0.1f),
            new IntentScore(crisis, crisis ? 0.9f : 0.1f),
            "test-model") { Medications = medications ?? [] };
        return new ClassifiedPost(post, tags);
    }

    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
