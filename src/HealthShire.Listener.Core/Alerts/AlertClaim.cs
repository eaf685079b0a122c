namespace HealthShire.Listener.Core.Alerts;

/// <summary>
/// The right to make one delivery, won by exactly one run. The value and the time first detected are those of the
/// first attempt, so that a retry sends the same body.
/// </summary>
public sealed record AlertClaim(AlertSendKey Key, int Attempt, double Value, DateTimeOffset DetectedAt);
