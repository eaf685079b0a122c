namespace HealthShire.Listener.Alerts;

/// <summary>What one run of the rules did: deliveries made, failed (retried next run) and found already made.</summary>
internal sealed record AlertRunResult(int Rules, int Fired, int Sent, int Failed, int AlreadySent);
