namespace HealthShire.Listener.Alerts;

/// <summary>The body of <c>GET /api/alerts</c> (and <c>alerts list --json</c>): the rules, and what fired, newest first.</summary>
internal sealed record AlertsResponse(IReadOnlyList<AlertRuleView> Rules, IReadOnlyList<FiredAlertView> Fired);

/// <summary>A rule as listed: subject null for every subject of its kind; the webhook shown by host only.</summary>
internal sealed record AlertRuleView(long Id, string Kind, string? Subject, double Threshold, string? Email, string? Webhook);

/// <summary>A fired alert as listed.</summary>
internal sealed record FiredAlertView(long RuleId, string Kind, string Subject, string Period, double Value, DateTimeOffset FiredAt);
