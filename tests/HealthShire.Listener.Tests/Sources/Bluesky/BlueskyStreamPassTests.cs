using System.Text;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Bluesky;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class BlueskyStreamPassTests
{
    private const string Did = "did:plc:author1";
    private readonly FakeLogger _logger = new();
    private readonly BlueskyThreadTally _tally = new();

    [Fact]
    public void Accept_MalformedMessages_AreCountedAndLoggedAtWarningOnce()
    {
        var pass = Pass(skipThrough: null, endCursor: 1000);

        Assert.True(pass.Accept("{\"did\":"u8));
        Assert.True(pass.Accept("[1,2,3]"u8));
        Assert.True(pass.Accept("{\"did\":\"did:plc:a\",\"kind\":\"commit\"}"u8));
        Assert.True(pass.Accept(Bytes(Create(10, "3a", "depressed"))));

        Assert.Equal(3, pass.Malformed);
        Assert.Equal(1, _logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning));
        Assert.Single(pass.TakePosts());
        Assert.Equal(10, pass.Cursor);
    }

    [Fact]
    public void Accept_EventsAtOrBeforeTheStoredCursor_AreSkipped_AndTheFirstAtThePassStartEndsIt()
    {
        var pass = Pass(skipThrough: 20, endCursor: 40);

        Assert.True(pass.Accept(Bytes(Create(20, "3replayed", "depressed"))));
        Assert.True(pass.Accept(Bytes(Create(30, "3new", "depressed"))));
        Assert.False(pass.Accept(Bytes(Create(40, "3later", "depressed"))));

        var post = Assert.Single(pass.TakePosts());
        Assert.EndsWith("/3new", post.SourceId, StringComparison.Ordinal);
        Assert.Equal(30, pass.Cursor);
        Assert.True(pass.ReachedEnd);
    }

    [Fact]
    public void Accept_RepliesAndDeletes_GoToTheTallyWhetherOrNotTheyMatch()
    {
        var pass = Pass(skipThrough: null, endCursor: 1000);
        var parent = $"at://{Did}/app.bsky.feed.post/3parent";
        var reply = $",\"reply\":{{\"parent\":{{\"uri\":\"{parent}\"}}}}";

        pass.Accept(Bytes(Create(1, "3parent", "depressed, any advice?")));
        pass.Accept(Bytes(Create(2, "3r1", "no terms here", reply)));
        pass.Accept(Bytes(Create(3, "3r2", "depressed too", reply)));
        pass.Accept(Bytes($"{{\"did\":\"{Did}\",\"time_us\":4,\"kind\":\"commit\",\"commit\":{{\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3r2\"}}}}"));

        var posts = pass.TakePosts();
        var updates = _tally.TakeUpdates([parent, $"at://{Did}/app.bsky.feed.post/3r2"]);

        Assert.Equal(2, posts.Count);
        Assert.Equal(PostFlags.Reply, posts[1].Flags);
        Assert.Contains(new PostUpdate(parent, 0, 2, PostFlags.None, Additive: true), updates);
        Assert.Contains(new PostUpdate($"at://{Did}/app.bsky.feed.post/3r2", 0, 0, PostFlags.Deleted, Additive: true), updates);
        Assert.Empty(_tally.TakeUpdates([parent]));
    }

    private BlueskyStreamPass Pass(long? skipThrough, long endCursor)
    {
        var group = new BlueskyTermGroup { Name = "depression" };
        group.Terms.Add("depressed");
        return new BlueskyStreamPass(
            new JetstreamV1Protocol(),
            new BlueskyTermMatcher([group]),
            _tally,
            new HmacAuthorPseudonymizer(Encoding.UTF8.GetBytes("bluesky-pass-test-key")),
            _logger,
            skipThrough,
            endCursor);
    }

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    private static string Create(long timeUs, string rkey, string text, string extra = "") =>
        $"{{\"did\":\"{Did}\",\"time_us\":{timeUs},\"kind\":\"commit\",\"commit\":{{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"{rkey}\",\"record\":{{\"text\":\"{text}\"{extra}}}}}}}";
}
