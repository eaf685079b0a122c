using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Feeds;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FeedValidators))]
internal sealed partial class FeedsJsonContext : JsonSerializerContext;
