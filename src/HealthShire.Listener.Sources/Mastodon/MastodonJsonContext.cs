using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Mastodon;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MastodonStatus))]
internal sealed partial class MastodonJsonContext : JsonSerializerContext;
