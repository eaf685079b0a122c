namespace HealthShire.Listener.Alerts;

/// <summary>The JSON a webhook receives: <c>{kind, subject, period, value, threshold, firedAt}</c>; counts only, never post text.</summary>
/// <param name="Kind">topic, medication or crisis.</param>
/// <param name="Subject">The topic, medication or community.</param>
/// <param name="Period">The ISO week, <c>2026-W46</c>.</param>
/// <param name="Value">The z-score (topic, medication) or factor (crisis).</param>
/// <param name="Threshold">The rule's threshold.</param>
/// <param name="FiredAt">When a run first found the threshold crossed (the same on every retry).</param>
internal sealed record AlertWebhookBody(string Kind, string Subject, string Period, double Value, double Threshold, DateTimeOffset FiredAt);
