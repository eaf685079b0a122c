namespace HealthShire.Listener.Core.Alerts;

/// <summary>An alert rule before the store gives it an id.</summary>
/// <param name="Kind">What it watches.</param>
/// <param name="Subject">The topic, medication or community it watches; empty for every one of its kind.</param>
/// <param name="Threshold">The z-score (topic, medication) or factor (crisis) at or above which it fires.</param>
/// <param name="Email">The address it e-mails, or null.</param>
/// <param name="Webhook">The absolute http(s) URL it posts to, or null.</param>
public sealed record NewAlertRule(AlertKind Kind, string Subject, double Threshold, string? Email, string? Webhook);
