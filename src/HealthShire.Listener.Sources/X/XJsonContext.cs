using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.X;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(XTweetsResponse))]
[JsonSerializable(typeof(XProblem))]
internal sealed partial class XJsonContext : JsonSerializerContext;
