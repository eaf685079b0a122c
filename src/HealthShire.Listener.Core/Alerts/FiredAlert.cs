namespace HealthShire.Listener.Core.Alerts;

/// <summary>An alert that reached at least one of its channels.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Subject">The topic, medication or community.</param>
/// <param name="Period">The ISO week, <c>2026-W46</c>.</param>
/// <param name="Value">The z-score or factor.</param>
/// <param name="FiredAt">When a run first found the threshold crossed.</param>
public sealed record FiredAlert(long RuleId, AlertKind Kind, string Subject, string Period, double Value, DateTimeOffset FiredAt);
