namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditListingReaderTests
{
    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_RecordedNewListing_ReadsEveryChildAndTheAfterCursor()
    {
        var json = RedditFixtures.Sample("praw_TestSubredditListings.test_new__r_askreddit_new.json");
        if (json is null)
        {
            Assert.Skip("The shared API samples (../shared/data/api-samples) are not beside the repository.");
        }

        var listing = await RedditFixtures.ListingAsync(json);

        Assert.Equal(100, listing.Children?.Count);
        Assert.Equal("t3_48f6io", listing.After);
        Assert.All(listing.Children ?? [], c => Assert.Equal("t3", c.Kind));
    }

    [Theory(Timeout = TestTimeouts.Unit)]
    [InlineData("praw_TestInbox.test_message__unauthorized__error.json")]
    [InlineData("praw_TestSubmission.test_comments__comments_2gmzqe.json")]
    public async Task ReadAsync_RecordedAnswerThatIsNoListing_IsAFailure(string sample)
    {
        var json = RedditFixtures.Sample(sample);
        if (json is null)
        {
            Assert.Skip("The shared API samples (../shared/data/api-samples) are not beside the repository.");
        }

        var result = await RedditFixtures.ReadAsync(json);

        Assert.False(result.IsSuccess);
        Assert.NotNull(result.FailureReason);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_EmptyListing_IsASuccessWithNoChildren()
    {
        var listing = await RedditFixtures.ListingAsync(RedditFixtures.Text("listing-empty.json"));

        Assert.NotNull(listing.Children);
        Assert.Empty(listing.Children);
        Assert.Null(listing.After);
    }

    [Theory(Timeout = TestTimeouts.Unit)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public async Task ReadAsync_TruncatedJson_IsAFailureNamingTheProblem(double keep)
    {
        var json = RedditFixtures.Text("listing-mixed.json");

        var result = await RedditFixtures.ReadAsync(json[..(int)(json.Length * keep)]);

        Assert.False(result.IsSuccess);
        Assert.Contains("not valid listing JSON", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Unit)]
    [InlineData("""{"kind":"t3","data":{"children":[]}}""")]
    [InlineData("""{"kind":"Listing","data":{"after":null}}""")]
    [InlineData("""{"kind":"Listing","data":{"children":"nope"}}""")]
    [InlineData("<html>busy</html>")]
    [InlineData("")]
    public async Task ReadAsync_WrongShape_IsAFailure(string json)
    {
        var result = await RedditFixtures.ReadAsync(json);

        Assert.False(result.IsSuccess);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_OneMistypedPost_IsSkippedAndNamedWhileTheOthersAreRead()
    {
        var result = await RedditFixtures.ReadAsync(
            """{"kind":"Listing","data":{"after":"t3_b2","children":[{"kind":"t3","data":{"id":"a1","score":"lots"}},{"kind":"t3","data":{"id":"b2","score":3}}]}}""");

        Assert.True(result.IsSuccess);
        Assert.Equal("b2", Assert.Single(result.Listing.Children!).Data?.Id);
        Assert.Equal("t3_b2", result.Listing.After);
        Assert.Equal("post 'a1': $.data.score could not be read (JsonException)", Assert.Single(result.SkippedItems));
    }
}
