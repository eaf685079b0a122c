namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>A tweet the fake X server knows; <see cref="Text"/> is raw and served HTML-escaped as X does.</summary>
public sealed record FakeTweet(
    string Id,
    string Text,
    string AuthorId,
    DateTimeOffset CreatedAt,
    int Likes = 0,
    int Replies = 0,
    int Retweets = 0,
    string Lang = "en",
    bool IsRetweet = false);
