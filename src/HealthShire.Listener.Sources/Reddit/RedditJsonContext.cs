using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Reddit;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RedditThing))]
[JsonSerializable(typeof(RedditTokenResponse))]
internal sealed partial class RedditJsonContext : JsonSerializerContext;
