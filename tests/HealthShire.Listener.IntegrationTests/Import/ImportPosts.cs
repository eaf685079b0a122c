using System.Globalization;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary>Made-up submissions for the import tests, one a minute from <c>start</c>, ids <c>prefix + n</c>.</summary>
internal static class ImportPosts
{
    public static FakeRedditPost[] Range(string prefix, int count, DateTimeOffset start, string subreddit = "ADHD") =>
        [.. Enumerable.Range(1, count).Select(n => new FakeRedditPost(
            prefix + n.ToString(CultureInfo.InvariantCulture),
            start.AddMinutes(n),
            Title: $"Does anyone else forget their meds every morning? ({n})",
            Selftext: "I keep missing doses of my stimulant. Any tricks that help?",
            Author: "made_up_author_" + prefix,
            Subreddit: subreddit))];
}
