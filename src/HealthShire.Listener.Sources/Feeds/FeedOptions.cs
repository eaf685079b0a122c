namespace HealthShire.Listener.Sources.Feeds;

/// <summary>One feed: <c>{ "Name": "living-with-adhd", "Url": "https://example.wordpress.com/feed/" }</c>.</summary>
internal sealed class FeedOptions
{
    /// <summary>The community its entries are stored under, and its checkpoint key (lower case).</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";
}
