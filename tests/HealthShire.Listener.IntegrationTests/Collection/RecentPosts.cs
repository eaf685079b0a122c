using System.Globalization;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Collection;

/// <summary>Posts written in the last hours (inside the refresh window), a higher number newer.</summary>
internal static class RecentPosts
{
    private static readonly DateTimeOffset Base = DateTimeOffset.UtcNow.AddHours(-20);

    public static FakeRedditPost[] Range(string prefix, int first, int count) =>
        [.. Enumerable.Range(first, count).Select(n => new FakeRedditPost(
            prefix + n.ToString(CultureInfo.InvariantCulture),
            Base.AddMinutes(n),
            Title: $"Has anyone tried sertraline for this? ({n})",
            Selftext: "I started two weeks ago and feel dizzy. Does that pass?",
            Author: "throwaway_name_" + prefix))];
}
