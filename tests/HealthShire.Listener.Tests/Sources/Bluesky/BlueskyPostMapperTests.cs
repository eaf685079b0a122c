using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Bluesky;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class BlueskyPostMapperTests
{
    private const string Did = "did:plc:z72i7hdynmk6r22z27h6tvur";
    private static readonly IAuthorPseudonymizer Pseudonymizer = new HmacAuthorPseudonymizer(Encoding.UTF8.GetBytes("bluesky-mapper-test-key"));

    [Fact]
    public void Read_CreatedPost_ReadsTextAndId_AndMapsAPostWithAPseudonymAndLink()
    {
        var commit = BlueskyPostMapper.Read(Parse(Create("3l3qo2vutsw2b", "so depressed <b>today</b>")));
        var post = BlueskyPostMapper.ToPost(commit, "depression", DateTimeOffset.UnixEpoch, Pseudonymizer);

        Assert.Equal(BlueskyCommitKind.Created, commit.Kind);
        Assert.Equal($"at://{Did}/app.bsky.feed.post/3l3qo2vutsw2b", post.SourceId);
        Assert.Equal("bluesky", post.Source);
        Assert.Equal("depression", post.Community);
        Assert.Equal("so depressed <b>today</b>", post.Body);
        Assert.Equal($"https://bsky.app/profile/{Did}/post/3l3qo2vutsw2b", post.Url);
        Assert.Equal(Pseudonymizer.Pseudonymize("bluesky", Did), post.AuthorPseudonym);
        Assert.DoesNotContain(Did, post.AuthorPseudonym, StringComparison.Ordinal);
        Assert.Equal(PostFlags.None, post.Flags);
    }

    [Fact]
    public void Read_Reply_KeepsTheParentsAtUri_AndFlagsThePostAReply()
    {
        var parent = $"at://{Did}/app.bsky.feed.post/3parent";
        var json = Create("3reply", "hang in there", $",\"reply\":{{\"parent\":{{\"uri\":\"{parent}\",\"cid\":\"bafy\"}},\"root\":{{\"uri\":\"{parent}\",\"cid\":\"bafy\"}}}}");

        var commit = BlueskyPostMapper.Read(Parse(json));

        Assert.Equal(parent, commit.ParentId);
        Assert.Equal(PostFlags.Reply, BlueskyPostMapper.ToPost(commit, "c", DateTimeOffset.UnixEpoch, Pseudonymizer).Flags);
    }

    [Fact]
    public void Read_ReplyToSomethingThatIsNotAPost_IsAReplyWithoutAParentToCount()
    {
        var json = Create("3reply", "hi", ",\"reply\":{\"parent\":{\"uri\":\"at://did:plc:abc/app.bsky.feed.generator/x\"}}");

        var commit = BlueskyPostMapper.Read(Parse(json));

        Assert.Null(commit.ParentId);
        Assert.True(commit.IsReply);
    }

    [Fact]
    public void Read_Delete_IsADeletionOfThatPost()
    {
        var json = $"{{\"did\":\"{Did}\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{{\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3gone\"}}}}";

        var commit = BlueskyPostMapper.Read(Parse(json));

        Assert.Equal(BlueskyCommitKind.Deleted, commit.Kind);
        Assert.Equal($"at://{Did}/app.bsky.feed.post/3gone", commit.SourceId);
    }

    [Theory]
    [InlineData("{\"did\":\"did:plc:a\",\"time_us\":1,\"kind\":\"identity\",\"identity\":{}}")]
    [InlineData("{\"did\":\"did:plc:a\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{\"operation\":\"create\",\"collection\":\"app.bsky.feed.like\",\"rkey\":\"3a\"}}")]
    [InlineData("{\"did\":\"did:plc:a\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{\"operation\":\"update\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3a\",\"record\":{\"text\":\"x\"}}}")]
    public void Read_NotAPostCreateOrDelete_IsIgnored(string json) =>
        Assert.Equal(BlueskyCommitKind.Ignored, BlueskyPostMapper.Read(Parse(json)).Kind);

    [Theory]
    [InlineData("did:plc:evil/../../x", "3a")]
    [InlineData("did:plc:a", "bad rkey")]
    [InlineData("did:plc:a", "..")]
    [InlineData("notadid", "3a")]
    public void Read_BadDidOrRkey_IsInvalid(string did, string rkey)
    {
        var json = $"{{\"did\":\"{did}\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"{rkey}\",\"record\":{{\"text\":\"x\"}}}}}}";

        Assert.Equal(BlueskyCommitKind.Invalid, BlueskyPostMapper.Read(Parse(json)).Kind);
    }

    [Fact]
    public void Read_CreateWithoutText_IsInvalid()
    {
        var json = $"{{\"did\":\"{Did}\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3a\",\"record\":{{}}}}}}";

        Assert.Equal(BlueskyCommitKind.Invalid, BlueskyPostMapper.Read(Parse(json)).Kind);
    }

    private static string Create(string rkey, string text, string extra = "") =>
        $"{{\"did\":\"{Did}\",\"time_us\":1725911162329308,\"kind\":\"commit\",\"commit\":{{\"rev\":\"3l3qo2vuowo2b\",\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"{rkey}\",\"record\":{{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"2024-09-09T19:46:02.102Z\",\"langs\":[\"en\"],\"text\":{JsonSerializer.Serialize(text)}{extra}}},\"cid\":\"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi\"}}}}";

    private static JetstreamEvent Parse(string json) =>
        JsonSerializer.Deserialize(json, BlueskyJsonContext.Default.JetstreamEvent) ?? throw new InvalidOperationException("null event");
}
