namespace HealthShire.Listener.Sources.X;

/// <summary>One named group of search terms; its name becomes the community of the tweets it finds.</summary>
internal sealed class XQueryOptions
{
    public string Name { get; set; } = "";

    /// <summary>Words, phrases ("my meds") or hashtags (#adhd), joined with OR.</summary>
    public IList<string> Terms { get; } = [];
}
