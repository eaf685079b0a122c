namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Settings of the blog source (section <c>Sources:Feeds</c>): RSS 2.0 and Atom feeds such as WordPress
/// <c>/feed/</c>, Blogger <c>/feeds/posts/default</c> and Tumblr <c>/rss</c>. Off by default, with no feeds.
/// </summary>
internal sealed class FeedsOptions : SourceOptions
{
    public const string SectionName = "Sources:Feeds";

    public FeedsOptions()
        : base(TimeSpan.FromMinutes(30))
    {
        Enabled = false;
    }

    /// <summary>The feeds read; each one's <c>Name</c> is the community of its entries.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>A feed body larger than this is refused (a blog feed is rarely over a megabyte).</summary>
    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>When false, only 429 answers cause waits.</summary>
    public bool PacingEnabled { get; set; } = true;

    /// <summary>The least time between two requests to one host (many Tumblr or Blogger feeds share one).</summary>
    public TimeSpan MinRequestInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first back-off before retrying a 5xx answer or a timeout; it doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt of a request may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
