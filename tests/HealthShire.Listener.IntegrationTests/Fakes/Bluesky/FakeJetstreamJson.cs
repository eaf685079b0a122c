using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealthShire.Listener.IntegrationTests.Fakes.Bluesky;

/// <summary>Jetstream v1 messages in the shapes the public service sends.</summary>
public static class FakeJetstreamJson
{
    public static long TimeUs(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static string AtUri(string did, string rkey) => $"at://{did}/app.bsky.feed.post/{rkey}";

    public static string Post(long timeUs, string did, string rkey, string text, string? parentUri = null)
    {
        var record = new JsonObject
        {
            ["$type"] = "app.bsky.feed.post",
            ["createdAt"] = DateTimeOffset.UnixEpoch.AddTicks(timeUs * TimeSpan.TicksPerMicrosecond).ToString("O"),
            ["langs"] = new JsonArray("en"),
            ["text"] = text,
        };
        if (parentUri is not null)
        {
            var reference = new JsonObject { ["cid"] = "bafyreiparent", ["uri"] = parentUri };
            record["reply"] = new JsonObject { ["parent"] = reference, ["root"] = reference.DeepClone() };
        }

        return Commit(timeUs, did, "create", rkey, record);
    }

    public static string Delete(long timeUs, string did, string rkey) => Commit(timeUs, did, "delete", rkey, null);

    /// <summary>An identity event: traffic that is not a post, as the live firehose always has.</summary>
    public static string Identity(long timeUs, string did = "did:plc:heartbeat0000000000000") =>
        new JsonObject
        {
            ["did"] = did,
            ["time_us"] = timeUs,
            ["kind"] = "identity",
            ["identity"] = new JsonObject { ["did"] = did, ["handle"] = "someone.bsky.social", ["seq"] = 1, ["time"] = "2026-12-07T00:00:00Z" },
        }.ToJsonString();

    private static string Commit(long timeUs, string did, string operation, string rkey, JsonObject? record)
    {
        var commit = new JsonObject
        {
            ["rev"] = "3lfake" + timeUs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["operation"] = operation,
            ["collection"] = "app.bsky.feed.post",
            ["rkey"] = rkey,
        };
        if (record is not null)
        {
            commit["record"] = record;
            commit["cid"] = "bafyrei" + rkey;
        }

        return new JsonObject { ["did"] = did, ["time_us"] = timeUs, ["kind"] = "commit", ["commit"] = commit }
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
