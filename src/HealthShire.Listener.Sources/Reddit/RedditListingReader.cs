using System.Text.Json;
using HealthShire.Listener.Sources.Json;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// Reads a listing answer. Malformed, truncated or wrongly shaped JSON as a whole is a failure; inside a well-formed
/// listing each post is read on its own, so one unreadable post (a mistyped field, an invalid escape) is skipped and
/// named while the rest of the page is kept.
/// </summary>
internal static class RedditListingReader
{
    public static async Task<RedditListingResult> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(content, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return RedditListingResult.Failure($"the answer is not valid listing JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            var kind = root.ValueKind == JsonValueKind.Object ? Text(root, "kind") : null;
            if (kind != "Listing" || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("children", out var children) || children.ValueKind != JsonValueKind.Array)
            {
                return RedditListingResult.Failure($"the answer is not a listing (kind '{kind}')");
            }

            var skipped = new List<string>();
            var items = JsonItems.ReadEach(
                children, RedditJsonContext.Default.RedditChild, "post", child => JsonItems.Property(child, "data") is { } d ? JsonItems.Property(d, "id") : null, skipped);

            return RedditListingResult.Success(new RedditListingData(items, Text(data, "after"), Text(data, "before"))) with
            {
                SkippedItems = skipped,
            };
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? SafeString(value) : null;

    private static string? SafeString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
