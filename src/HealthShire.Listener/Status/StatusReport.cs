using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Status;

/// <summary>Renders the store's status as a table or as one JSON object.</summary>
internal static class StatusReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// <c>{"posts":{source:{community:count}},"newestPostAt":{source:{community:time}},"totalPosts":n,"checkpoints":[…]}</c>.
    /// </summary>
    public static string ToJson(StoreStatus status)
    {
        var posts = new JsonObject();
        var newest = new JsonObject();
        foreach (var bySource in status.Communities.GroupBy(c => c.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = new JsonObject();
            var times = new JsonObject();
            foreach (var community in bySource.OrderBy(c => c.Community, StringComparer.Ordinal))
            {
                counts[community.Community] = community.Posts;
                times[community.Community] = community.NewestPostAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            }

            posts[bySource.Key] = counts;
            newest[bySource.Key] = times;
        }

        var checkpoints = new JsonArray();
        foreach (var checkpoint in status.Checkpoints)
        {
            checkpoints.Add(new JsonObject
            {
                ["source"] = checkpoint.Source,
                ["key"] = checkpoint.Key,
                ["value"] = checkpoint.Value,
                ["updatedAt"] = checkpoint.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            });
        }

        var root = new JsonObject
        {
            ["posts"] = posts,
            ["newestPostAt"] = newest,
            ["totalPosts"] = status.Communities.Sum(c => c.Posts),
            ["checkpoints"] = checkpoints,
        };
        return root.ToJsonString(Indented);
    }

    public static string ToText(StoreStatus status)
    {
        var lines = new List<string> { $"Stored posts: {status.Communities.Sum(c => c.Posts)}", string.Empty };
        lines.Add($"{"SOURCE",-8} {"COMMUNITY",-24} {"POSTS",8}  NEWEST POST (UTC)");
        foreach (var c in status.Communities.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Community, StringComparer.Ordinal))
        {
            lines.Add($"{c.Source,-8} {c.Community,-24} {c.Posts,8}  {c.NewestPostAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-"}");
        }

        lines.Add(string.Empty);
        lines.Add($"{"SOURCE",-8} {"CHECKPOINT",-24} {"UPDATED (UTC)",-17} VALUE");
        foreach (var cp in status.Checkpoints.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            lines.Add($"{cp.Source,-8} {cp.Key,-24} {cp.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),-17} {cp.Value}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
