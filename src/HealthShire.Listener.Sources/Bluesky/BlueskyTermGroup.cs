namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>One named group of terms, like an X query; its name becomes the community of the posts it matches.</summary>
internal sealed class BlueskyTermGroup
{
    public string Name { get; set; } = "";

    /// <summary>Words, phrases ("my meds") or hashtags (#adhd), matched case-insensitively on word boundaries.</summary>
    public IList<string> Terms { get; } = [];
}
