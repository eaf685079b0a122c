namespace HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

/// <summary>
/// A status the fake instance serves under each of its <see cref="Tags"/>. <see cref="RawJson"/>, when set, is sent
/// verbatim in place of the status (malformed entries).
/// </summary>
internal sealed record FakeMastodonStatus(
    long Id,
    string Uri,
    DateTimeOffset CreatedAt,
    string[] Tags,
    string Content = "<p>I have been feeling low for weeks</p>",
    string SpoilerText = "",
    string? Url = null,
    string Acct = "alice",
    long? InReplyToId = null,
    int RepliesCount = 0,
    int FavouritesCount = 0,
    string Visibility = "public",
    string? RawJson = null)
{
    public static DateTimeOffset Start { get; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Statuses numbered <paramref name="first"/> onwards, one minute apart, local to the instance at
    /// <paramref name="baseUrl"/> (their uri is on it, as Mastodon's own statuses are).
    /// </summary>
    public static FakeMastodonStatus[] Range(string baseUrl, long first, int count, params string[] tags) =>
        [.. Enumerable.Range(0, count).Select(i => Numbered(baseUrl, first + i, tags))];

    public static FakeMastodonStatus Numbered(string baseUrl, long number, params string[] tags) =>
        new(IdOf(number), $"{baseUrl}/users/alice/statuses/{IdOf(number)}", Start.AddMinutes(number), tags,
            Url: $"https://{new Uri(baseUrl).Authority}/@alice/{IdOf(number)}");

    public static long IdOf(long number) => 1_000_000 + number;
}
