using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// A feed's cache validators, kept as its checkpoint so the next pass asks with <c>If-None-Match</c> and
/// <c>If-Modified-Since</c>: an unchanged feed answers 304 and costs nothing.
/// </summary>
internal sealed record FeedValidators([property: JsonPropertyName("etag")] string? ETag, string? LastModified)
{
    public static string KeyFor(FeedOptions feed) => feed.Name.ToLowerInvariant();

    public static FeedValidators? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(value, FeedsJsonContext.Default.FeedValidators);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this, FeedsJsonContext.Default.FeedValidators);
}
