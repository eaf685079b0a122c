using HealthShire.Listener.Sources.Links;

namespace HealthShire.Listener.Tests.Sources.Links;

public sealed class PostLinksTests
{
    private static readonly Uri Reddit = new("https://www.reddit.com");

    [Theory]
    [InlineData("/r/ADHD/comments/abc123/started_ritalin/", "https://www.reddit.com/r/ADHD/comments/abc123/started_ritalin/")]
    [InlineData("/r/ADHD/comments/abc123/with space/", "https://www.reddit.com/r/ADHD/comments/abc123/with%20space/")]
    public void FromPath_SiteRelativePath_IsResolvedOnTheBaseHost(string path, string expected) =>
        Assert.Equal(expected, PostLinks.FromPath(Reddit, path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("@evil.example/x")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("https://evil.example/r/x")]
    [InlineData("r/ADHD/comments/abc/")]
    [InlineData("/r/x\n/comments")]
    [InlineData("/r/x\u0000")]
    public void FromPath_AnythingButAPathOnTheHost_GivesNoLink(string? path) => Assert.Equal("", PostLinks.FromPath(Reddit, path));

    [Theory]
    [InlineData("https://mastodon.example/@someone/1099", "https://mastodon.example/@someone/1099")]
    [InlineData("https://MASTODON.example/@someone/1099", "https://mastodon.example/@someone/1099")]
    public void FromAbsolute_HttpsOnAnAllowedHost_IsKept(string url, string expected) =>
        Assert.Equal(expected, PostLinks.FromAbsolute(url, ["mastodon.example"]));

    [Theory]
    [InlineData("http://mastodon.example/@someone/1099")]
    [InlineData("https://other.example/@someone/1099")]
    [InlineData("https://mastodon.example.evil.test/x")]
    [InlineData("https://user:pass@mastodon.example/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/only")]
    [InlineData("https://mastodon.example/x\r\nSet-Cookie: a")]
    public void FromAbsolute_AnythingElse_GivesNoLink(string url) => Assert.Equal("", PostLinks.FromAbsolute(url, ["mastodon.example"]));

    [Fact]
    public void FromAbsoluteOwnHost_KeepsHttpsOnly()
    {
        Assert.Equal("https://someone.blog.example/2026/12/a-post/", PostLinks.FromAbsoluteOwnHost("https://someone.blog.example/2026/12/a-post/"));
        Assert.Equal("", PostLinks.FromAbsoluteOwnHost("http://someone.blog.example/2026/12/a-post/"));
        Assert.Equal("", PostLinks.FromAbsoluteOwnHost("javascript:alert(1)"));
    }
}
