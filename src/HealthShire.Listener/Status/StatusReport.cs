using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthShire.Listener.Commands;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Status;

/// <summary>Renders the store's status and each registered source's as a table or as one JSON object.</summary>
internal static class StatusReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// <c>{"posts":{source:{community:count}},"newestPostAt":{source:{community:time}},"totalPosts":n,
    /// "sources":{source:{"enabled":…,"interval":…,"checkpoints":{key:{"value":…,"updatedAt":…}},"lastError":{"at":…,"message":…}|null}},
    /// "checkpoints":[…]}</c>.
    /// </summary>
    public static string ToJson(StoreStatus status, IReadOnlyList<SourceStatus> sources)
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
                times[community.Community] = community.NewestPostAt is { } at ? Time(at) : null;
            }

            posts[bySource.Key] = counts;
            newest[bySource.Key] = times;
        }

        var bySourceName = new JsonObject();
        foreach (var source in sources)
        {
            var checkpointsByKey = new JsonObject();
            foreach (var checkpoint in source.Checkpoints)
            {
                checkpointsByKey[checkpoint.Key] = new JsonObject { ["value"] = checkpoint.Value, ["updatedAt"] = Time(checkpoint.UpdatedAt) };
            }

            bySourceName[source.Name] = new JsonObject
            {
                ["enabled"] = source.Enabled,
                ["interval"] = source.Interval.ToString("c", CultureInfo.InvariantCulture),
                ["checkpoints"] = checkpointsByKey,
                ["lastError"] = source.LastError is { } error ? new JsonObject { ["at"] = Time(error.At), ["message"] = error.Message } : null,
            };
        }

        var checkpoints = new JsonArray();
        foreach (var checkpoint in status.Checkpoints.Where(c => !LastPassError.IsError(c)))
        {
            checkpoints.Add(new JsonObject
            {
                ["source"] = checkpoint.Source,
                ["key"] = checkpoint.Key,
                ["value"] = checkpoint.Value,
                ["updatedAt"] = Time(checkpoint.UpdatedAt),
            });
        }

        var root = new JsonObject
        {
            ["posts"] = posts,
            ["newestPostAt"] = newest,
            ["totalPosts"] = status.Communities.Sum(c => c.Posts),
            ["sources"] = bySourceName,
            ["checkpoints"] = checkpoints,
        };
        return root.ToJsonString(Indented);
    }

    public static string ToText(StoreStatus status, IReadOnlyList<SourceStatus> sources)
    {
        var lines = new List<string> { $"Stored posts: {status.Communities.Sum(c => c.Posts)}", string.Empty };
        lines.Add($"{"SOURCE",-8} {"ENABLED",-7} {"INTERVAL",-12} {"CHECKPOINTS",11}  LAST ERROR (UTC)");
        foreach (var s in sources)
        {
            // An error message may quote what a server sent: no control characters reach the terminal.
            var error = s.LastError is { } e ? $"{Minute(e.At)} {CommandParameters.Printable(e.Message, 200)}" : "-";
            lines.Add($"{s.Name,-8} {(s.Enabled ? "yes" : "no"),-7} {s.Interval.ToString("c", CultureInfo.InvariantCulture),-12} {s.Checkpoints.Count,11}  {error}");
        }

        lines.Add(string.Empty);
        lines.Add($"{"SOURCE",-8} {"COMMUNITY",-24} {"POSTS",8}  NEWEST POST (UTC)");
        foreach (var c in status.Communities.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Community, StringComparer.Ordinal))
        {
            lines.Add($"{c.Source,-8} {c.Community,-24} {c.Posts,8}  {(c.NewestPostAt is { } at ? Minute(at) : "-")}");
        }

        lines.Add(string.Empty);
        lines.Add($"{"SOURCE",-8} {"CHECKPOINT",-24} {"UPDATED (UTC)",-17} VALUE");
        foreach (var cp in status.Checkpoints.Where(c => !LastPassError.IsError(c)).OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            lines.Add($"{cp.Source,-8} {cp.Key,-24} {Minute(cp.UpdatedAt),-17} {cp.Value}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Minute(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
