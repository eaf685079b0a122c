using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

/// <summary>Writes statuses in the shape Mastodon 4.x's REST API serves (trimmed of fields no client here reads).</summary>
internal static class FakeMastodonJson
{
    public static string Timeline(IEnumerable<FakeMastodonStatus> statuses) =>
        "[" + string.Join(",", statuses.Select(Status)) + "]";

    public static string Status(FakeMastodonStatus status)
    {
        if (status.RawJson is { } raw)
        {
            return raw;
        }

        var id = status.Id.ToString(CultureInfo.InvariantCulture);
        var username = status.Acct.Split('@')[0];
        var node = new JsonObject
        {
            ["id"] = id,
            ["created_at"] = status.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["in_reply_to_id"] = status.InReplyToId?.ToString(CultureInfo.InvariantCulture),
            ["in_reply_to_account_id"] = status.InReplyToId is null ? null : "109000000000000001",
            ["sensitive"] = status.SpoilerText.Length > 0,
            ["spoiler_text"] = status.SpoilerText,
            ["visibility"] = status.Visibility,
            ["language"] = "en",
            ["uri"] = status.Uri,
            ["url"] = status.Url,
            ["replies_count"] = status.RepliesCount,
            ["reblogs_count"] = 0,
            ["favourites_count"] = status.FavouritesCount,
            ["edited_at"] = null,
            ["content"] = status.Content,
            ["reblog"] = null,
            ["application"] = null,
            ["account"] = new JsonObject
            {
                ["id"] = "109000000000000042",
                ["username"] = username,
                ["acct"] = status.Acct,
                ["display_name"] = "Alice",
                ["bot"] = false,
                ["url"] = "https://example.invalid/@" + username,
            },
            ["media_attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["tags"] = new JsonArray([.. status.Tags.Select(t => (JsonNode)new JsonObject { ["name"] = t, ["url"] = "https://example.invalid/tags/" + t })]),
            ["emojis"] = new JsonArray(),
            ["card"] = null,
            ["poll"] = null,
        };
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public static string Error(string message) => new JsonObject { ["error"] = message }.ToJsonString();
}
