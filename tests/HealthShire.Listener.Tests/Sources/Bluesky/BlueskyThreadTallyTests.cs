using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Sources.Bluesky;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class BlueskyThreadTallyTests
{
    [Fact]
    public void TakeUpdates_OnlyNamesStoredPosts_AndEmptiesTheTally()
    {
        var tally = new BlueskyThreadTally();
        tally.Replied("stored");
        tally.Replied("stored");
        tally.Replied("never-stored");

        var updates = tally.TakeUpdates(["stored", "quiet"]);

        Assert.Equal([new PostUpdate("stored", 0, 2, PostFlags.None, Additive: true)], updates);
        Assert.Empty(tally.TakeUpdates(["stored", "never-stored"]));
    }

    [Fact]
    public void BeginPass_ForgetsWhatNoRefreshTook()
    {
        var tally = new BlueskyThreadTally();
        tally.Replied("a");
        tally.Deleted("b");

        tally.BeginPass();

        Assert.Empty(tally.TakeUpdates(["a", "b"]));
    }
}
