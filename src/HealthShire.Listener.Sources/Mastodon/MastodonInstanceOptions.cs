namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>One instance listened to: <c>{ "BaseUrl": "https://mastodon.social", "Tags": ["depression"] }</c>.</summary>
internal sealed class MastodonInstanceOptions
{
    public string BaseUrl { get; set; } = "";

    /// <summary>Hashtags without '#'; the community of a status is the tag, lower case.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>The instance's root address, ending in '/'.</summary>
    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");
}
