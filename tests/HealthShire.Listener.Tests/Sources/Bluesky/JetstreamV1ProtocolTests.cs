using HealthShire.Listener.Sources.Bluesky;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class JetstreamV1ProtocolTests
{
    private readonly JetstreamV1Protocol _protocol = new();

    [Fact]
    public void SubscribeUri_WithACursor_AsksForPostsFromIt() =>
        Assert.Equal(
            "wss://jetstream2.us-east.bsky.network/subscribe?wantedCollections=app.bsky.feed.post&cursor=1725911162329308",
            _protocol.SubscribeUri("wss://jetstream2.us-east.bsky.network/subscribe", 1725911162329308).AbsoluteUri);

    [Fact]
    public void SubscribeUri_WithoutACursorOnAUrlWithAQuery_KeepsTheQuery() =>
        Assert.Equal(
            "ws://127.0.0.1:5000/subscribe?compress=false&wantedCollections=app.bsky.feed.post",
            _protocol.SubscribeUri("ws://127.0.0.1:5000/subscribe?compress=false", null).AbsoluteUri);

    [Fact]
    public void CursorAt_AndTimeOf_AreMicrosecondsSinceTheEpoch()
    {
        var time = new DateTimeOffset(2024, 9, 9, 19, 46, 2, TimeSpan.Zero).AddTicks(3_293_080);

        Assert.Equal(1725911162329308, _protocol.CursorAt(time));
        Assert.Equal(time, _protocol.TimeOf(1725911162329308));
    }

    [Theory]
    [InlineData("1725911162329308", 1725911162329308L)]
    [InlineData("0", null)]
    [InlineData("-5", null)]
    [InlineData("12a", null)]
    [InlineData("99999999999999999999", null)]
    public void ParseCursor_OnlyAcceptsPositiveMicrosecondCursors(string value, long? expected) =>
        Assert.Equal(expected, _protocol.ParseCursor(value));

    [Fact]
    public void CursorOf_AnEventPastYear9999_HasNoCursor() =>
        Assert.Null(_protocol.CursorOf(new JetstreamEvent("did:plc:a", long.MaxValue, "commit", null)));
}
