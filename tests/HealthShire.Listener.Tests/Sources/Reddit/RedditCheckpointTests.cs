using HealthShire.Listener.Sources.Reddit;

namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditCheckpointTests
{
    [Fact]
    public void ToString_ThenTryParse_RoundTrips()
    {
        var checkpoint = new RedditCheckpoint("t3_abc123", 1740830400);

        Assert.Equal("t3_abc123@1740830400", checkpoint.ToString());
        Assert.Equal(checkpoint, RedditCheckpoint.TryParse(checkpoint.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("t3_abc123")]
    [InlineData("@1740830400")]
    [InlineData("t3_abc123@soon")]
    [InlineData("t3_abc123@-5")]
    public void TryParse_Garbage_IsNull(string? value) => Assert.Null(RedditCheckpoint.TryParse(value));

    [Theory]
    [InlineData("t3_abc123", 1740830400.0, true)]
    [InlineData("t3_other", 1740830399.0, true)]
    [InlineData("t3_other", 1740830400.0, false)]
    [InlineData("t3_other", 1740830500.0, false)]
    public void Covers_TheSamePostOrAnOlderOne(string fullname, double created, bool expected)
    {
        var checkpoint = new RedditCheckpoint("t3_abc123", 1740830400);
        var link = new RedditLink(fullname[3..], fullname, "ADHD", "", "", "", "", created, 0, 0, false, null);

        Assert.Equal(expected, checkpoint.Covers(link));
    }

    [Fact]
    public void KeyFor_IsTheLowerCaseSubreddit() => Assert.Equal("eatingdisorders", RedditCheckpoint.KeyFor("EatingDisorders"));
}
