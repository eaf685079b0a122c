using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Bluesky;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JetstreamEvent))]
internal sealed partial class BlueskyJsonContext : JsonSerializerContext;
