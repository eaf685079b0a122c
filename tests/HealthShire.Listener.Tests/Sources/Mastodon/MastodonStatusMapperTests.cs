using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Mastodon;

namespace HealthShire.Listener.Tests.Sources.Mastodon;

public sealed class MastodonStatusMapperTests
{
    private static readonly HmacAuthorPseudonymizer Pseudonymizer = new(new byte[32]);
    private static readonly Uri Instance = new("https://mastodon.example/");

    private static MastodonStatus Status(
        string? uri = "https://home.example/users/alice/statuses/110",
        string? url = "https://home.example/@alice/110",
        string? createdAt = "2026-11-02T09:30:00.000Z",
        string? content = "<p>Started sertraline &amp; it helps</p>",
        string? acct = "alice@home.example",
        string? inReplyTo = null,
        string? visibility = "public",
        MastodonStatus? reblog = null) =>
        new("110", uri, url, createdAt, inReplyTo, visibility, "cw: meds", content, 5, 9, new MastodonAccount(acct), reblog);

    [Fact]
    public void TryMap_PlainStatus_MapsEveryField()
    {
        Assert.True(MastodonStatusMapper.TryMap(Status(), Instance, "Depression", Pseudonymizer, out var post, out _));

        Assert.Equal(("mastodon", "depression", "cw: meds", "Started sertraline & it helps"), (post.Source, post.Community, post.Title, post.Body));
        Assert.Equal((9, 5, PostFlags.None), (post.Score, post.ReplyCount, post.Flags));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("https://home.example/@alice/110", post.Url);
        Assert.Equal("https://home.example/users/alice/statuses/110", MastodonSourceId.TryGetUri(post.SourceId));
        Assert.Equal(Pseudonymizer.Pseudonymize("mastodon", "alice@home.example"), post.AuthorPseudonym);
    }

    [Fact]
    public void TryMap_LocalAcct_GetsTheInstanceDomainSoOnePersonIsOnePseudonymEverywhere()
    {
        MastodonStatusMapper.TryMap(Status(acct: "Alice"), new Uri("https://home.example/"), "x", Pseudonymizer, out var local, out _);
        MastodonStatusMapper.TryMap(Status(acct: "alice@home.example"), Instance, "x", Pseudonymizer, out var remote, out _);

        Assert.NotNull(local?.AuthorPseudonym);
        Assert.Equal(local.AuthorPseudonym, remote?.AuthorPseudonym);
    }

    [Theory]
    [InlineData("https://mastodon.example/@alice/110", "https://mastodon.example/@alice/110")]
    [InlineData("https://elsewhere.example/@alice/110", "")]
    [InlineData("http://home.example/@alice/110", "")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData("https://user:pw@home.example/@alice/110", "")]
    [InlineData(null, "")]
    public void TryMap_Url_IsKeptOnlyWhenHttpsOnTheStatusHostOrTheInstance(string? url, string expected)
    {
        MastodonStatusMapper.TryMap(Status(url: url), Instance, "x", Pseudonymizer, out var post, out _);

        Assert.Equal(expected, post?.Url);
    }

    [Fact]
    public void TryMap_Reply_IsFlaggedAndReblogMapsToTheOriginal()
    {
        MastodonStatusMapper.TryMap(Status(inReplyTo: "109"), Instance, "x", Pseudonymizer, out var reply, out _);
        var boost = Status(uri: "https://mastodon.example/users/bob/statuses/5/activity", content: "", reblog: Status());
        MastodonStatusMapper.TryMap(boost, Instance, "x", Pseudonymizer, out var reblog, out _);
        MastodonStatusMapper.TryMap(Status(), Instance, "x", Pseudonymizer, out var original, out _);

        Assert.Equal(PostFlags.Reply, reply?.Flags);
        Assert.Equal(original?.SourceId, reblog?.SourceId);
        Assert.Equal("Started sertraline & it helps", reblog?.Body);
    }

    [Theory]
    [InlineData(null, "2026-11-02T09:30:00Z", "public", "it has no valid uri")]
    [InlineData("file:///etc/passwd", "2026-11-02T09:30:00Z", "public", "it has no valid uri")]
    [InlineData("https://home.example/users/a/statuses/1", "yesterday", "public", "it has no valid created_at")]
    [InlineData("https://home.example/users/a/statuses/1", "2026-11-02T09:30:00Z", "direct", "its visibility is 'direct'")]
    public void TryMap_StatusWithoutRequiredFields_IsSkippedWithAReason(string? uri, string createdAt, string visibility, string reason)
    {
        Assert.False(MastodonStatusMapper.TryMap(Status(uri: uri, createdAt: createdAt, visibility: visibility), Instance, "x", Pseudonymizer, out var post, out var why));

        Assert.Null(post);
        Assert.Equal(reason, why);
    }

    [Fact]
    public void ToUpdate_CarriesCountsAndReplyFlag()
    {
        Assert.Equal(new PostUpdate("id", 9, 5, PostFlags.Reply), MastodonStatusMapper.ToUpdate("id", Status(inReplyTo: "1")));
    }
}
