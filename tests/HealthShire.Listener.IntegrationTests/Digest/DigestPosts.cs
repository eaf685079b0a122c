using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.IntegrationTests.Digest;

/// <summary>A small seeded week: written for these tests, with a hostile title and a crisis post.</summary>
internal static class DigestPosts
{
    public const string Pseudonym = "pseudonym-7f3a9c";
    public const string HostileTitle = "<script>alert('x')</script> Is this dose normal?";
    public const string CrisisTitle = "Crisis post that must never be listed";

    public static IReadOnlyList<ClassifiedPost> Week() =>
    [
        // Depression: 2 posts in the week of 2 November, 3 in the reported week of 9 November.
        Post("d1", Topics.Depression, new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)),
        Post("d2", Topics.Depression, new(2026, 11, 5, 9, 0, 0, TimeSpan.Zero)),
        Post("d3", Topics.Depression, new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero)),
        Post("d4", Topics.Depression, new(2026, 11, 12, 9, 0, 0, TimeSpan.Zero)),
        Post("d5", Topics.Depression, new(2026, 11, 14, 9, 0, 0, TimeSpan.Zero), title: HostileTitle, question: true),
        Post("a1", Topics.Adhd, new(2026, 11, 13, 9, 0, 0, TimeSpan.Zero), title: "Does anyone take their stimulant on weekends?", question: true),
        Post("c1", Topics.SelfHarmSuicide, new(2026, 11, 15, 9, 0, 0, TimeSpan.Zero), title: CrisisTitle, question: true, crisis: true),
    ];

    private static ClassifiedPost Post(string id, string topic, DateTimeOffset createdAt, string title = "An ordinary post", bool question = false, bool crisis = false) =>
        new(
            new Post("reddit", id, topic, title, "Some words about how the week went.", Pseudonym, $"https://www.reddit.com/r/{topic}/comments/{id}/", createdAt, 4, 0, PostFlags.None),
            new PostTags(topic, 0.9f, new IntentScore(question, question ? 0.9f : 0.1f), new IntentScore(false, 0.1f), new IntentScore(false, 0.1f), new IntentScore(crisis, crisis ? 0.95f : 0.01f), "test-model"));
}
