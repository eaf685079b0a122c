using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Reddit;

namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditPostMapperTests
{
    private static readonly HmacAuthorPseudonymizer Pseudonymizer = new(new byte[32]);

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task TryMap_MixedFixture_DecodesTextSetsFlagsAndSkipsChildrenWithoutRequiredFields()
    {
        var listing = await RedditFixtures.ListingAsync(RedditFixtures.Text("listing-mixed.json"));
        var results = (listing.Children ?? []).Select(c => Map(c.Data)).ToList();

        Assert.Equal(6, results.Count);
        var plain = results[0].Post;
        Assert.NotNull(plain);
        Assert.Equal("Tips & tricks for <script> panic", plain.Title);
        Assert.Equal("Breathing 4-7-8 helps & so does a walk <script>alert(1)</script> 🌿💙", plain.Body);
        Assert.Equal(("reddit", "zz0001", "Anxiety", 12, 3, PostFlags.None), (plain.Source, plain.SourceId, plain.Community, plain.Score, plain.ReplyCount, plain.Flags));
        Assert.Equal("https://www.reddit.com/r/Anxiety/comments/zz0001/tips_tricks/", plain.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1740830400), plain.CreatedAt);
        Assert.Equal(Pseudonymizer.Pseudonymize("reddit", "fixture_writer_one"), plain.AuthorPseudonym);
        Assert.DoesNotContain("fixture_writer_one", plain.AuthorPseudonym ?? "", StringComparison.OrdinalIgnoreCase);

        Assert.Equal((PostFlags.Removed, ""), (results[1].Post?.Flags, results[1].Post?.Body));
        Assert.Equal((PostFlags.Deleted, "", null), (results[2].Post?.Flags, results[2].Post?.Body, results[2].Post?.AuthorPseudonym));
        Assert.Equal((null, "it has no id"), (results[3].Post, results[3].Reason));
        Assert.Equal((null, "it has no valid created_utc"), (results[4].Post, results[4].Reason));

        var sparse = results[5].Post;
        Assert.NotNull(sparse);
        Assert.Equal((PostFlags.Over18, "", 0, null), (sparse.Flags, sparse.Body, sparse.Score, sparse.AuthorPseudonym));
        Assert.Equal("https://www.reddit.com/r/Anxiety/comments/zz0006/", sparse.Url);
    }

    [Fact]
    public void TryMap_FortyThousandCharacterBody_IsKeptWhole()
    {
        var body = string.Concat(Enumerable.Repeat("I could not sleep again. ", 1600)) + "🙂";
        var link = Link("big01") with { Selftext = body };

        var (post, _) = Map(link);

        Assert.NotNull(post);
        Assert.True(post.Body.Length >= 40_000);
        Assert.Equal(body, post.Body);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task TryMap_RecordedListing_MapsEveryPost()
    {
        var json = RedditFixtures.Sample("praw_TestSubredditListings.test_new__r_askreddit_new.json");
        if (json is null)
        {
            Assert.Skip("The shared API samples (../shared/data/api-samples) are not beside the repository.");
        }

        var links = (await RedditFixtures.ListingAsync(json)).Children?.Select(c => c.Data) ?? [];
        var posts = links.Select(l => Map(l).Post).ToList();

        Assert.Equal(100, posts.Count(p => p is not null));
        Assert.All(posts, p => Assert.StartsWith("https://www.reddit.com/r/AskReddit/comments/", p?.Url, StringComparison.Ordinal));
        Assert.Equal(PostFlags.Over18, posts.Single(p => p?.SourceId == "48fbig")?.Flags);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("@evil.example/x")]
    [InlineData("//evil.example/r/ADHD/")]
    public void TryMap_PermalinkThatLeavesReddit_GivesNoLink(string permalink)
    {
        var (post, _) = Map(Link("ln01") with { Permalink = permalink });

        Assert.NotNull(post);
        Assert.Equal("", post.Url);
    }

    [Theory]
    [InlineData("someone", "text", null, PostFlags.None)]
    [InlineData("[deleted]", "[deleted]", null, PostFlags.Deleted)]
    [InlineData("someone", "[removed]", null, PostFlags.Removed)]
    [InlineData("someone", "text", "reddit", PostFlags.Removed)]
    public void ToUpdate_ReadsScoreRepliesAndFlags(string author, string selftext, string? removedBy, PostFlags expected)
    {
        var link = Link("up01") with { Author = author, Selftext = selftext, RemovedByCategory = removedBy, Score = 5, NumComments = 2 };

        Assert.Equal(new PostUpdate("up01", 5, 2, expected), RedditPostMapper.ToUpdate("up01", link));
    }

    private static RedditLink Link(string id) =>
        new(id, "t3_" + id, "ADHD", "Title", "Body", "someone", $"/r/ADHD/comments/{id}/t/", 1740830400, 1, 0, false, null);

    private static (Post? Post, string? Reason) Map(RedditLink? link)
    {
        Assert.NotNull(link);
        return RedditPostMapper.TryMap(link, "fallback", Pseudonymizer, out var post, out var reason) ? (post, null) : (null, reason);
    }
}
