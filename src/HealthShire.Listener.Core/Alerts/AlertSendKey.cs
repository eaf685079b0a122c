namespace HealthShire.Listener.Core.Alerts;

/// <summary>One delivery: a rule, a subject, a week and a channel; the store's unique key that sends it once.</summary>
public sealed record AlertSendKey(long RuleId, string Subject, string Period, AlertChannel Channel);
