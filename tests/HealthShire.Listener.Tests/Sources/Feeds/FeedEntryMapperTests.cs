using System.ServiceModel.Syndication;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Feeds;

namespace HealthShire.Listener.Tests.Sources.Feeds;

public sealed class FeedEntryMapperTests
{
    private static readonly HmacAuthorPseudonymizer Pseudonymizer = new(new byte[32]);
    private static readonly FeedOptions Feed = new() { Name = "Journal", Url = "https://blog.example/feed/" };
    private static readonly Uri FeedUrl = new(Feed.Url);
    private static readonly DateTimeOffset ReadAt = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static SyndicationItem Item(string? id = "https://blog.example/?p=1", string? link = "https://blog.example/2026/first/", string html = "<p>Hello &amp; <script>x()</script>welcome</p>")
    {
        var item = new SyndicationItem { Id = id, Title = new TextSyndicationContent("First <em>post</em>"), Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html) };
        if (link is not null)
        {
            item.Links.Add(new SyndicationLink(new Uri(link, UriKind.RelativeOrAbsolute)));
        }

        item.Authors.Add(new SyndicationPerson(null, "Jo Blogger", null));
        return item;
    }

    [Fact]
    public void TryMap_HtmlEntry_BecomesPlainTextWithLinkAuthorAndFallbackDate()
    {
        Assert.True(FeedEntryMapper.TryMap(Item(), Feed, FeedUrl, ReadAt, Pseudonymizer, out var post, out _));

        Assert.Equal(("blog", "Journal", "First post", "Hello & welcome"), (post.Source, post.Community, post.Title, post.Body));
        Assert.Equal("https://blog.example/2026/first/", post.Url);
        Assert.Equal(ReadAt, post.CreatedAt);
        Assert.Equal(Pseudonymizer.Pseudonymize("blog", "jo blogger@blog.example"), post.AuthorPseudonym);
        Assert.Equal(32, post.SourceId.Length);
    }

    [Fact]
    public void SourceIdFor_AbsoluteIdsAreGlobalAndLocalIdsBelongToTheirFeed()
    {
        var other = new Uri("https://other.example/rss");

        Assert.Equal(FeedEntryMapper.SourceIdFor("tag:blogger.com,1999:post-1", FeedUrl), FeedEntryMapper.SourceIdFor("tag:blogger.com,1999:post-1", other));
        Assert.NotEqual(FeedEntryMapper.SourceIdFor("123", FeedUrl), FeedEntryMapper.SourceIdFor("123", other));
        Assert.Equal(FeedEntryMapper.SourceIdFor("123", FeedUrl), FeedEntryMapper.SourceIdFor("123", FeedUrl));
    }

    [Fact]
    public void TryMap_WithoutIdUsesTheLinkAndWithoutEitherIsSkipped()
    {
        FeedEntryMapper.TryMap(Item(id: null), Feed, FeedUrl, ReadAt, Pseudonymizer, out var byLink, out _);

        Assert.Equal(FeedEntryMapper.SourceIdFor("https://blog.example/2026/first/", FeedUrl), byLink?.SourceId);
        Assert.False(FeedEntryMapper.TryMap(Item(id: null, link: null), Feed, FeedUrl, ReadAt, Pseudonymizer, out _, out var reason));
        Assert.Equal("it has neither an id nor a link", reason);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://blog.example/plain-http/")]
    [InlineData("/relative/path")]
    public void TryMap_UnsafeLink_GivesNoUrl(string link)
    {
        FeedEntryMapper.TryMap(Item(link: link), Feed, FeedUrl, ReadAt, Pseudonymizer, out var post, out _);

        Assert.Equal("", post?.Url);
    }

    [Theory]
    [InlineData("Mon, 02 Nov 2026 09:00:00 +0000", "2026-11-02T09:00:00+00:00")]
    [InlineData("Mon, 02 Nov 2026 09:00:00 GMT", "2026-11-02T09:00:00+00:00")]
    [InlineData("02 Nov 2026 04:00 EST", "2026-11-02T09:00:00+00:00")]
    [InlineData("Tue, 3 Nov 2026 21:04:11 -0500", "2026-11-04T02:04:11+00:00")]
    [InlineData("2026-11-03T09:15:00.000-08:00", "2026-11-03T17:15:00+00:00")]
    public void FeedDates_ReadRfc822AndRfc3339(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("sometime last week")]
    [InlineData("")]
    [InlineData("Mon, 02 Nov 2026 09:00:00 XYZ")]
    public void FeedDates_UnreadableIsNoDate(string text)
    {
        Assert.False(FeedDates.TryParse(text, out _));
    }

    [Fact]
    public void FeedValidators_RoundTripAndIgnoreGarbage()
    {
        var validators = new FeedValidators("W/\"5f-abc\"", "Mon, 02 Nov 2026 09:00:00 GMT");

        Assert.Equal(validators, FeedValidators.TryParse(validators.ToString()));
        Assert.Null(FeedValidators.TryParse("not json"));
        Assert.Equal("journal", FeedValidators.KeyFor(Feed));
    }

    [Fact]
    public void OptionsValidator_RejectsDuplicateNamesAndBadUrls()
    {
        var options = new FeedsOptions { Enabled = true };
        options.Feeds.Add(new FeedOptions { Name = "A", Url = "https://a.example/feed/" });
        options.Feeds.Add(new FeedOptions { Name = "a", Url = "file:///etc/passwd" });

        var failures = new FeedsOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Contains("Sources:Feeds:Feeds:1:Name must be unique", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Sources:Feeds:Feeds:1:Url", StringComparison.Ordinal) && f.Contains("file:///etc/passwd", StringComparison.Ordinal));
        Assert.True(new FeedsOptionsValidator().Validate(null, new FeedsOptions { Enabled = true }).Succeeded);
    }
}
