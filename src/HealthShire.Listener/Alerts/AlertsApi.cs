using HealthShire.Listener.Core.Alerts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Alerts;

/// <summary><c>GET /api/alerts</c>, behind the API gate: the rules and the alerts fired within <c>Alerts:FiredWindow</c>.</summary>
internal static class AlertsApi
{
    /// <summary>The most fired alerts listed.</summary>
    public const int MaxFired = 500;

    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", GetAlertsAsync)
            .WithTags("Alerts")
            .WithSummary("The spike alert rules, and the alerts they fired (newest first, within Alerts:FiredWindow, 90 days by default).");
        return api;
    }

    /// <summary>The answer the endpoint and <c>alerts list</c> share.</summary>
    public static async Task<AlertsResponse> ReadAsync(IAlertStore store, AlertsOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var rules = await store.ListRulesAsync(cancellationToken);
        var fired = await store.ListFiredAsync(time.GetUtcNow() - options.FiredWindow, MaxFired, cancellationToken);
        return new AlertsResponse(
            [.. rules.Select(View)],
            [.. fired.Select(f => new FiredAlertView(f.RuleId, AlertNames.Of(f.Kind), f.Subject, f.Period, Math.Round(f.Value, 2), f.FiredAt))]);
    }

    public static AlertRuleView View(AlertRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new AlertRuleView(
            rule.Id,
            AlertNames.Of(rule.Kind),
            rule.Subject.Length == 0 ? null : rule.Subject,
            rule.Threshold,
            rule.Email,
            rule.Webhook is null ? null : AlertRuleInput.MaskUrl(rule.Webhook));
    }

    private static async Task<Ok<AlertsResponse>> GetAlertsAsync(
        IAlertStore store,
        IOptions<AlertsOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(store, options.Value, time, cancellationToken));
}
