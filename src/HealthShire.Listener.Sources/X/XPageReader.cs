using System.Text.Json;
using HealthShire.Listener.Sources.Json;

namespace HealthShire.Listener.Sources.X;

/// <summary>
/// Reads a tweets answer. Invalid JSON as a whole is a failure; inside it each tweet is read on its own, so one
/// unreadable tweet (a mistyped field, an invalid escape) is skipped and named while the rest of the page is kept.
/// </summary>
internal static class XPageReader
{
    /// <summary>The page, or null with <paramref name="failure"/> when the answer is not a JSON object.</summary>
    public static XTweetsResponse? Read(JsonDocument document, List<string> skipped, out string? failure)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            failure = $"malformed body: a JSON {root.ValueKind} instead of an object";
            return null;
        }

        failure = null;
        List<XTweet>? tweets = null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            tweets = JsonItems.ReadEach(data, XJsonContext.Default.XTweet, "tweet", tweet => JsonItems.Property(tweet, "id"), skipped);
        }

        try
        {
            var meta = root.TryGetProperty("meta", out var m) ? m.Deserialize(XJsonContext.Default.XSearchMeta) : null;
            var errors = root.TryGetProperty("errors", out var e) ? e.Deserialize(XJsonContext.Default.IReadOnlyListXApiError) : null;
            return new XTweetsResponse(tweets, meta, errors);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            failure = $"malformed body: {ex.Message}";
            return null;
        }
    }
}
