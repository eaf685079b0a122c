using HealthShire.Listener.IntegrationTests.Fakes.Reddit;

namespace HealthShire.Listener.IntegrationTests.Sources.Reddit;

/// <summary>Builds numbered posts one minute apart; a higher number is newer.</summary>
internal static class FakeRedditPosts
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeRedditPost Numbered(int number, string prefix = "p") =>
        new(prefix + number.ToString("x", System.Globalization.CultureInfo.InvariantCulture), Start.AddMinutes(number), Title: $"Post {number}");

    public static FakeRedditPost[] Range(int first, int count, string prefix = "p") =>
        [.. Enumerable.Range(first, count).Select(n => Numbered(n, prefix))];
}
