using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>Posts written for these tests, placed in the weeks before <see cref="AlertHarness.Now"/>.</summary>
internal static class AlertPosts
{
    /// <summary>The Monday of the latest full week (2026-W46).</summary>
    public static readonly DateTimeOffset LatestWeek = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);

    public const string HostileCommunity = "<b>bipolar</b>";

    /// <summary>
    /// One post per week in every other of the 8 trailing weeks (mean 0.5, deviation 0.5) and <paramref name="latest"/>
    /// posts in the latest full week: a z-score of (latest − 0.5) / 0.5.
    /// </summary>
    public static IReadOnlyList<ClassifiedPost> Rising(string topic, int latest, string[]? medications = null, string prefix = "r") =>
    [
        .. Enumerable.Range(1, 8).Where(week => week % 2 == 0).Select(week => Post($"{prefix}-t{week}", topic, LatestWeek.AddDays(-7 * week), medications: medications)),
        .. Enumerable.Range(0, latest).Select(i => Post($"{prefix}-l{i}", topic, LatestWeek.AddHours(i), medications: medications)),
    ];

    /// <summary>Crisis posts in one community: <paramref name="thisWeek"/> in the week of <see cref="AlertHarness.Now"/>, one in each trailing week.</summary>
    public static IReadOnlyList<ClassifiedPost> Crisis(string community, int thisWeek) =>
    [
        .. Enumerable.Range(1, 8).Select(week => Post($"c-t{week}", Topics.SelfHarmSuicide, LatestWeek.AddDays(7 - (7 * week)), crisis: true, community: community)),
        .. Enumerable.Range(0, thisWeek).Select(i => Post($"c-n{i}", Topics.SelfHarmSuicide, LatestWeek.AddDays(7).AddHours(i), crisis: true, community: community)),
    ];

    public const string CrisisTitle = "A crisis post whose words must never leave the store";

    private static ClassifiedPost Post(string id, string topic, DateTimeOffset createdAt, bool crisis = false, string? community = null, string[]? medications = null) =>
        new(
            new Post("reddit", id, community ?? topic, crisis ? CrisisTitle : "An ordinary post", "Some words.", "pseudonym-1", $"https://www.reddit.com/r/x/comments/{id}/", createdAt, 1, 0, PostFlags.None),
            new PostTags(topic, 0.9f, new IntentScore(false, 0.1f), new IntentScore(false, 0.1f), new IntentScore(false, 0.1f), new IntentScore(crisis, crisis ? 0.95f : 0.01f), "test-model")
            {
                Medications = medications ?? [],
            });
}
