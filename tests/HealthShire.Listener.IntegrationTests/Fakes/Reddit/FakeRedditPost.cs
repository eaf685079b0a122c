namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>A post the fake Reddit server serves; <see cref="Subreddit"/> is set by <c>AddPosts</c>.</summary>
internal sealed record FakeRedditPost(
    string Id,
    DateTimeOffset CreatedAt,
    string Title = "A title",
    string Selftext = "Some text",
    string Author = "a_user",
    int Score = 1,
    int NumComments = 0,
    bool Over18 = false,
    string? RemovedByCategory = null,
    string Subreddit = "")
{
    public string Fullname => "t3_" + Id;
}
