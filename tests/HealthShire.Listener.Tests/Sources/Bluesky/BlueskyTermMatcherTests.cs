using HealthShire.Listener.Sources.Bluesky;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class BlueskyTermMatcherTests
{
    private static readonly BlueskyTermMatcher Matcher = new(
    [
        Group("depression", "depressed", "my meds"),
        Group("adhd", "#adhd", "ritalin"),
    ]);

    [Theory]
    [InlineData("So DEPRESSED today", "depression")]
    [InlineData("depressed.", "depression")]
    [InlineData("ran out of my meds again", "depression")]
    [InlineData("Ritalin, day one", "adhd")]
    [InlineData("#ADHD life", "adhd")]
    [InlineData("life #adhd", "adhd")]
    [InlineData("ritalin and depressed: the first group wins", "depression")]
    public void Match_TextWithATerm_ReturnsTheFirstGroupThatHasIt(string text, string community) =>
        Assert.Equal(community, Matcher.Match(text));

    [Theory]
    [InlineData("undepressed and fine")]
    [InlineData("depressedly")]
    [InlineData("#adhdx is another tag")]
    [InlineData("my medsx")]
    [InlineData("mymeds")]
    [InlineData("")]
    public void Match_TermOnlyInsideAnotherWord_ReturnsNull(string text) =>
        Assert.Null(Matcher.Match(text));

    [Fact]
    public void Match_TermAfterAFalseStartInTheSameText_StillMatches() =>
        Assert.Equal("depression", Matcher.Match("undepressed yesterday, depressed today"));

    [Fact]
    public void Match_BlankTermsAreIgnored() =>
        Assert.Null(new BlueskyTermMatcher([Group("empty", " ", "")]).Match("anything at all"));

    private static BlueskyTermGroup Group(string name, params string[] terms)
    {
        var group = new BlueskyTermGroup { Name = name };
        foreach (var term in terms)
        {
            group.Terms.Add(term);
        }

        return group;
    }
}
