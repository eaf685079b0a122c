using System.Net;
using System.Text.Json;
using HealthShire.Listener.Core.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary><c>GET /api/alerts</c> on the real worker: the shape the dashboard reads, behind the API key.</summary>
public sealed class AlertsApiTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetAlerts_ListsRulesAndFiredAlertsNewestFirst_AndNeedsTheKey()
    {
        await using var server = await ListenerServer.StartAsync();
        var token = TestContext.Current.CancellationToken;
        var store = server.Services.GetRequiredService<IAlertStore>();
        var topic = await store.AddRuleAsync(new NewAlertRule(AlertKind.Topic, "adhd", 3, "ann@clinic.example", "https://hooks.clinic.example/T0/secret"), token);
        var crisis = await store.AddRuleAsync(new NewAlertRule(AlertKind.Crisis, string.Empty, 2, "staff@clinic.example", null), token);
        foreach (var (rule, period, value) in new[] { (topic, "2026-W45", 3.5), (crisis, "2026-W46", 4.0) })
        {
            var claim = await store.TryClaimAsync(new AlertSendKey(rule.Id, "adhd", period, AlertChannel.Email), rule.Kind, value, DateTimeOffset.UnixEpoch, token);
            Assert.NotNull(claim);
            Assert.True(await store.MarkSentAsync(claim, token));
        }

        // Claimed but never delivered: not fired.
        Assert.NotNull(await store.TryClaimAsync(new AlertSendKey(topic.Id, "adhd", "2026-W47", AlertChannel.Webhook), AlertKind.Topic, 9, DateTimeOffset.UnixEpoch, token));

        using var client = server.CreateClient();
        using var anonymous = server.CreateClient(apiKey: null);
        var refused = await anonymous.GetAsync(new Uri("/api/alerts", UriKind.Relative), token);
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/alerts", UriKind.Relative), token));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var rules = document.RootElement.GetProperty("rules");
        Assert.Equal(["id", "kind", "subject", "threshold", "email", "webhook"], rules[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("topic", "adhd", 3.0, "https://hooks.clinic.example/…"), (rules[0].GetProperty("kind").GetString(), rules[0].GetProperty("subject").GetString(), rules[0].GetProperty("threshold").GetDouble(), rules[0].GetProperty("webhook").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (rules[1].GetProperty("subject").ValueKind, rules[1].GetProperty("webhook").ValueKind));
        var fired = document.RootElement.GetProperty("fired");
        Assert.Equal(2, fired.GetArrayLength());
        Assert.Equal(["ruleId", "kind", "subject", "period", "value", "firedAt"], fired[0].EnumerateObject().Select(p => p.Name));
        Assert.All(fired.EnumerateArray(), f => Assert.True(f.GetProperty("firedAt").GetDateTimeOffset() > DateTimeOffset.UnixEpoch));
        Assert.Equal(
            [("2026-W45", topic.Id), ("2026-W46", crisis.Id)],
            fired.EnumerateArray().Select(f => (f.GetProperty("period").GetString(), f.GetProperty("ruleId").GetInt64())).Order());
        var times = fired.EnumerateArray().Select(f => f.GetProperty("firedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }
}
