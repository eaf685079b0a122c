using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Tests.Digest;

/// <summary>Digest inputs with ordinary values unless told otherwise.</summary>
internal static class DigestSamples
{
    public static readonly DateOnly WeekStart = new(2026, 11, 9);

    public static Subscriber Subscriber(string address = "ann@clinic.example", params string[] topics) =>
        new(address, "Ann", topics, [], "UTC", DayOfWeek.Monday, 8);

    public static ListedPost Question(
        string title,
        string topic = "depression",
        string url = "https://www.reddit.com/r/depression/comments/q1/",
        string excerpt = "Has anyone been through this?",
        int score = 3) =>
        new("reddit-q1", "reddit", "depression", topic, title, excerpt, url, new DateTimeOffset(2026, 11, 14, 9, 0, 0, TimeSpan.Zero), 0, score, false);

    public static TopicWeeks Weeks(string topic, params long[] posts) =>
        new(topic, [.. posts.Select((count, i) => new TrendPoint(WeekStart.AddDays(7 * (i - posts.Length + 1)), count, 0, 0, 0, 0))]);

    public static DigestContent Content(IReadOnlyList<ListedPost>? questions = null, long crisis = 2) => new(
        Subscriber(),
        WeekStart,
        [Weeks("depression", 4, 6, 5, 7, 8, 6, 10, 12), Weeks("adhd", 0, 0, 0, 0, 0, 0, 0, 0)],
        [new RisingTopic("depression", WeekStart, 12, 10, 0.2, 6.5, 1.9, 2.9)],
        [new TopicQuestions("depression", questions ?? [Question("How long until sertraline helps?")], 9)],
        crisis,
        "Call 988 in the US.",
        "digest@clinic.example");
}
