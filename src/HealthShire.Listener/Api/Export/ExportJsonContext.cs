using System.Text.Json;
using System.Text.Json.Serialization;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Export;

/// <summary>Exported posts in camelCase; the pseudonym is left out unless it was asked for.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExportedPost))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
