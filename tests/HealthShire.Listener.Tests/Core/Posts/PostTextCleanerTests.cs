using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Core.Posts;

public sealed class PostTextCleanerTests
{
    [Theory]
    [InlineData("plain text, emoji 😀 and tabs\tstay", "plain text, emoji 😀 and tabs\tstay")]
    [InlineData("nul\u0000 bell\u0007 escape\u001b[31m", "nul bell escape[31m")]
    [InlineData("windows\r\nmac\rline", "windows\nmac\nline")]
    [InlineData("evil\u202Etxt.exe", "eviltxt.exe")]
    [InlineData("\u2066isolate\u2069 \u200Fmark\u200E \u061C", "isolate mark ")]
    [InlineData("del\u007F c1\u0085", "del c1")]
    public void Clean_RemovesControlsAndBidiOverrides(string text, string expected) =>
        Assert.Equal(expected, PostTextCleaner.Clean(text));

    // Not theory data: a lone surrogate does not survive the test runner's serialisation of arguments.
    [Fact]
    public void Clean_LoneSurrogates_BecomeReplacementCharacters() =>
        Assert.Equal("lone \uFFFD surrogate \uFFFD pair 😀", PostTextCleaner.Clean("lone \ud800 surrogate \udc00 pair 😀"));

    [Fact]
    public void Clean_CleanText_IsTheSameInstance()
    {
        var post = new Post("reddit", "a1", "ADHD", "Title", "Body\nline", null, "https://www.reddit.com/r/ADHD/comments/a1/", DateTimeOffset.UnixEpoch, 1, 0, PostFlags.None);

        Assert.Same(post, PostTextCleaner.Clean(post));
    }

    [Fact]
    public void Clean_Post_CleansTitleBodyAndCommunity()
    {
        var post = new Post("blog", "b1", "jour\u202Enal", "Ti\u0000tle", "Bo\u0001dy", null, string.Empty, DateTimeOffset.UnixEpoch, 0, 0, PostFlags.None);

        var clean = PostTextCleaner.Clean(post);

        Assert.Equal(("journal", "Title", "Body"), (clean.Community, clean.Title, clean.Body));
    }
}
