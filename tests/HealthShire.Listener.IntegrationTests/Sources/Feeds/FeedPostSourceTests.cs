using HealthShire.Listener.IntegrationTests.Fakes.Feeds;
using HealthShire.Listener.Sources.Feeds;

using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Sources.Feeds;

public sealed class FeedPostSourceTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_WordPressFeed_MapsEntriesStripsHostileHtmlAndStoresDuplicatesOnce()
    {
        await using var host = await FeedsTestHost.StartAsync(("adhd-journal", "/feed/"));
        host.Server.SetFeed("/feed/", FeedFixtures.WordPress);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal("adhd-journal", batch.Community);
        Assert.Equal(3, batch.Posts.Count);
        var first = batch.Posts[0];
        Assert.Equal(("blog", "adhd-journal", "Week three on methylphenidate & sleep"), (first.Source, first.Community, first.Title));
        Assert.Equal("Does anyone else get insomnia on it?\n\nmy notes & more", first.Body);
        Assert.Equal("https://adhd-journal.example/2026/11/02/week-three/", first.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.NotNull(first.AuthorPseudonym);
        Assert.DoesNotContain("jamie", first.AuthorPseudonym, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(first.AuthorPseudonym, batch.Posts[1].AuthorPseudonym);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 13, 30, 0, TimeSpan.Zero), batch.Posts[1].CreatedAt);
        var hostile = batch.Posts[2];
        Assert.Equal(("Bad date, still kept", "Plain words", ""), (hostile.Title, hostile.Body, hostile.Url));
        Assert.All(batch.Posts, p => Assert.DoesNotContain("<", p.Body + p.Title, StringComparison.Ordinal));
        Assert.All(batch.Posts, p => Assert.DoesNotContain("cookie", p.Body, StringComparison.Ordinal));
        Assert.Equal(("blog", "adhd-journal"), (batch.Checkpoints.Single().Source, batch.Checkpoints.Single().Key));
        var messages = host.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains(messages, m => m.Contains("Read 3 entries from feed 'adhd-journal' (1 skipped, 1 duplicates)", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("Jamie", StringComparison.Ordinal) || m.Contains("insomnia", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_BloggerAtomAndTumblrRss_AreReadAsTheirOwnCommunities()
    {
        await using var host = await FeedsTestHost.StartAsync(("bipolar-and-me", "/feeds/posts/default"), ("anxious-days", "/rss"));
        host.Server.SetFeed("/feeds/posts/default", FeedFixtures.Blogger, contentType: "application/atom+xml; charset=UTF-8");
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr, etag: null, lastModified: null);

        var batches = await host.FetchAsync();

        Assert.Equal(["bipolar-and-me", "anxious-days"], batches.Select(b => b.Community));
        var atom = Assert.Single(batches[0].Posts);
        Assert.Equal(("Lithium levels again", "My levels came back at 0.9 & I feel flat."), (atom.Title, atom.Body));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 17, 15, 0, TimeSpan.Zero), atom.CreatedAt);
        Assert.Equal("https://bipolar-and-me.blogspot.example/2026/11/lithium.html", atom.Url);
        var rss = Assert.Single(batches[1].Posts);
        Assert.Equal(("panic at the shop", "Heart racing in the queue again."), (rss.Title, rss.Body));
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 2, 4, 11, TimeSpan.Zero), rss.CreatedAt);
        Assert.Null(rss.AuthorPseudonym);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_SecondPass_AsksConditionallyAndA304StoresNothing()
    {
        await using var host = await FeedsTestHost.StartAsync(("adhd-journal", "/feed/"), ("anxious-days", "/rss"));
        host.Server.SetFeed("/feed/", FeedFixtures.WordPress, etag: "\"abc\"");
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr, etag: null, lastModified: "Tue, 03 Nov 2026 21:05:00 GMT");
        var first = await host.FetchAsync();

        var second = await host.FetchAsync(first.SelectMany(b => b.Checkpoints));

        Assert.All(first, b => Assert.NotEmpty(b.Posts));
        Assert.All(second, b => Assert.Empty(b.Posts));
        // Unchanged is a clean pass: the same validators are stored again, as checked now.
        Assert.Equal(first.Select(b => b.Checkpoints.Single().Value), second.Select(b => b.Checkpoints.Single().Value));
        var requests = host.Server.Requests;
        Assert.Equal([200, 200, 304, 304], requests.Select(r => r.Status));
        Assert.Equal(("\"abc\"", "Mon, 02 Nov 2026 09:00:00 GMT"), (requests[2].IfNoneMatch, requests[2].IfModifiedSince));
        Assert.Equal((null, "Tue, 03 Nov 2026 21:05:00 GMT"), (requests[3].IfNoneMatch, requests[3].IfModifiedSince));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_ChangedFeed_IsReadAgainWithTheNewValidators()
    {
        await using var host = await FeedsTestHost.StartAsync(("anxious-days", "/rss"));
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr, etag: "\"1\"");
        var first = Assert.Single(await host.FetchAsync());
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr.Replace("panic at the shop", "panic at the station", StringComparison.Ordinal), etag: "\"2\"");

        var second = Assert.Single(await host.FetchAsync(first.Checkpoints));

        Assert.Equal(first.Posts.Single().SourceId, second.Posts.Single().SourceId);
        Assert.Equal("panic at the station", second.Posts.Single().Title);
        Assert.Equal("\"2\"", FeedValidators.TryParse(second.Checkpoints.Single().Value)?.ETag);
    }

    public static TheoryData<string> MalformedBodies =>
    [
        "<html><body><h1>Site under maintenance</h1></body></html>",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>cut off",
        "{\"not\":\"xml\"}",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><title>&b;</title></channel></rss>",
    ];

    [Theory(Timeout = TestTimeouts.Integration)]
    [MemberData(nameof(MalformedBodies))]
    public async Task FetchAsync_MalformedFeed_IsOneLoggedErrorAndTheOtherFeedsGoOn(string body)
    {
        await using var host = await FeedsTestHost.StartAsync(("broken", "/broken/feed/"), ("anxious-days", "/rss"));
        host.Server.SetFeed("/broken/feed/", body);
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr);

        var batch = Assert.Single(await host.FetchAsync());

        Assert.Equal("anxious-days", batch.Community);
        Assert.Single(batch.Posts);
        var errors = host.Logs.GetSnapshot().Where(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error).ToList();
        Assert.Single(errors);
        Assert.Contains("Feed 'broken' could not be read", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_TooManyRequestsAndServerErrors_AreWaitedOutAndRetried()
    {
        var time = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        await using var host = await FeedsTestHost.StartAsync(time, ("anxious-days", "/rss"));
        host.Server.SetFeed("/rss", FeedFixtures.Tumblr);
        host.Server.InjectFault(new FakeFeedFault(429, RetryAfterSeconds: 1));
        host.Server.InjectFault(new FakeFeedFault(503));

        var fetch = host.FetchAsync();
        var waited = await time.RunUntilDoneAsync(fetch, ignoreLongerThan: TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var batch = Assert.Single(await fetch);

        Assert.InRange(waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));
        Assert.Single(batch.Posts);
        Assert.Equal([429, 503, 200], host.Server.Requests.Select(r => r.Status));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("429 Too Many Requests", StringComparison.Ordinal)
            && r.Message.Contains("Retry-After", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task FetchAsync_MissingFeed_IsLoggedAndSkipped()
    {
        await using var host = await FeedsTestHost.StartAsync(("gone", "/gone/feed/"));

        Assert.Empty(await host.FetchAsync());

        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("Feed 'gone' could not be read: the answer was 404", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RefreshAsync_HasNothingToRefresh()
    {
        await using var host = await FeedsTestHost.StartAsync(("anxious-days", "/rss"));

        Assert.Equal(TimeSpan.Zero, host.Source.RefreshMaxAge);
        Assert.Empty(await host.Source.RefreshAsync(["abc"], TestContext.Current.CancellationToken));
    }
}
