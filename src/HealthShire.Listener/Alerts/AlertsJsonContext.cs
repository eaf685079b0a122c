using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthShire.Listener.Alerts;

/// <summary>The alerts' bodies in camelCase: the webhook's and <c>GET /api/alerts</c>'s (also <c>alerts list --json</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AlertWebhookBody))]
[JsonSerializable(typeof(AlertsResponse))]
internal sealed partial class AlertsJsonContext : JsonSerializerContext;
