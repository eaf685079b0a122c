using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Reddit.Dumps;

/// <summary>
/// Archive dumps carry the API's field names, but older ones write numbers such as <c>created_utc</c> as strings:
/// both are read.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(RedditLink))]
internal sealed partial class RedditDumpJsonContext : JsonSerializerContext;
