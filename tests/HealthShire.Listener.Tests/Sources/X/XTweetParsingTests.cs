using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.X;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XTweetParsingTests
{
    private const string SearchPage = """
        {
          "data": [
            {
              "edit_history_tweet_ids": ["1860000000000000002"],
              "id": "1860000000000000002",
              "author_id": "4242",
              "conversation_id": "1860000000000000002",
              "created_at": "2026-11-03T08:15:00.000Z",
              "lang": "en",
              "public_metrics": { "retweet_count": 1, "reply_count": 0, "like_count": 5, "quote_count": 0, "bookmark_count": 2, "impression_count": 90 },
              "text": "week 3 on sertraline &amp; the fog is lifting &gt;&gt; anyone else?"
            },
            { "id": "1860000000000000001", "author_id": "4243", "text": "no date on this one" },
            { "id": "oops", "author_id": "4244", "created_at": "2026-11-03T08:00:00.000Z", "text": "odd id" }
          ],
          "includes": { "users": [ { "id": "4242", "name": "Someone", "username": "someone" } ] },
          "meta": { "newest_id": "1860000000000000002", "oldest_id": "1860000000000000001", "result_count": 3, "next_token": "b26v89c19zqg8o3fpzbn1e0ffhxjiofzw6po136rvbnul" }
        }
        """;

    private static readonly IAuthorPseudonymizer Pseudonymizer =
        new HmacAuthorPseudonymizer(Encoding.UTF8.GetBytes("x-parsing-tests-pseudonym-key"));

    [Fact]
    public void Map_SearchPage_KeepsUsableTweetsAndSkipsTheRestWithAReason()
    {
        var page = Parse(SearchPage);
        var reasons = new List<string>();

        var posts = (page.Data ?? []).Select(t =>
        {
            var post = XTweetMapper.Map(t, "medication", Pseudonymizer, out var reason);
            reasons.Add(reason);
            return post;
        }).OfType<Post>().ToList();

        var post = Assert.Single(posts);
        Assert.Equal(
            new Post("x", "1860000000000000002", "medication", "", "week 3 on sertraline & the fog is lifting >> anyone else?",
                Pseudonymizer.Pseudonymize("x", "4242"), "https://x.com/i/web/status/1860000000000000002",
                new DateTimeOffset(2026, 11, 3, 8, 15, 0, TimeSpan.Zero), 5, 0, PostFlags.None),
            post);
        Assert.Equal(["", "tweet 1860000000000000001 has no valid created_at", "missing or non-numeric id"], reasons);
        Assert.Equal(new XSearchMeta("1860000000000000002", "1860000000000000001", 3, "b26v89c19zqg8o3fpzbn1e0ffhxjiofzw6po136rvbnul"), page.Meta);
    }

    [Fact]
    public void MapLookup_NotFoundErrors_BecomeDeletedUpdates()
    {
        var page = Parse("""
            {
              "data": [ { "id": "20", "text": "still here", "public_metrics": { "retweet_count": 0, "reply_count": 3, "like_count": 9, "quote_count": 0 } } ],
              "errors": [
                { "value": "21", "detail": "Could not find tweet with ids: [21].", "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids", "resource_id": "21", "type": "https://api.twitter.com/2/problems/resource-not-found" },
                { "value": "22", "detail": "Sorry, you are not authorized to see the Tweet with ids: [22].", "title": "Authorization Error", "resource_type": "tweet", "parameter": "ids", "resource_id": "22", "type": "https://api.twitter.com/2/problems/not-authorized-for-resource" }
              ]
            }
            """);

        var updates = XTweetMapper.MapLookup(page).ToList();

        Assert.Equal([new PostUpdate("20", 9, 3, PostFlags.None), new PostUpdate("21", 0, 0, PostFlags.Deleted)], updates);
    }

    [Fact]
    public void Parse_EmptyResultPage_HasNoDataAndACountOfZero()
    {
        var page = Parse("""{"meta":{"result_count":0}}""");

        Assert.Null(page.Data);
        Assert.Equal(new XSearchMeta(null, null, 0, null), page.Meta);
    }

    [Fact]
    public void Parse_TooManyRequestsBody_ReadsAsProblem()
    {
        var problem = JsonSerializer.Deserialize(
            """{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""",
            XJsonContext.Default.XProblem);

        Assert.Equal(new XProblem("Too Many Requests", "Too Many Requests", "about:blank", 429, null), problem);
    }

    [Fact]
    public void Parse_RecordedSearchSample_ReadsEveryTweetAndTheNextToken()
    {
        var path = RepositoryPaths.SharedFile("api-samples/twitter/tweepy_test_client_search_recent_tweets.json");
        if (path is null)
        {
            Assert.Skip("The shared API samples (../shared/data/api-samples) are not beside the repository.");
        }

        var page = Parse(File.ReadAllText(path));

        Assert.Equal(page.Meta?.ResultCount, page.Data?.Count);
        Assert.False(string.IsNullOrEmpty(page.Meta?.NextToken));
        Assert.All(page.Data ?? [], t => Assert.True(XTweetIds.IsValid(t.Id)));
        Assert.Equal(page.Meta?.NewestId, page.Data?.Select(t => t.Id).Aggregate((string?)null, XTweetIds.Newest));
    }

    [Fact]
    public void Parse_RecordedLookupSample_ReadsTheTweets()
    {
        var path = RepositoryPaths.SharedFile("api-samples/twitter/tweepy_test_client_get_tweets.json");
        if (path is null)
        {
            Assert.Skip("The shared API samples (../shared/data/api-samples) are not beside the repository.");
        }

        var updates = XTweetMapper.MapLookup(Parse(File.ReadAllText(path))).ToList();

        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal(PostFlags.None, u.Flags));
    }

    private static XTweetsResponse Parse(string json) =>
        JsonSerializer.Deserialize(json, XJsonContext.Default.XTweetsResponse) ?? throw new InvalidOperationException("empty body");
}
