namespace HealthShire.Listener.Core.Alerts;

/// <summary>
/// Alert rules and what was delivered for them. A delivery is claimed before it is sent and marked after, under one
/// unique key per rule, subject, week and channel, so that a restart or a second node never sends it twice.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores a rule and returns it with its id.</summary>
    Task<AlertRule> AddRuleAsync(NewAlertRule rule, CancellationToken cancellationToken);

    /// <summary>Every rule, oldest first.</summary>
    Task<IReadOnlyList<AlertRule>> ListRulesAsync(CancellationToken cancellationToken);

    /// <summary>Removes a rule and its delivery records; false when no rule has that id.</summary>
    Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Claims one delivery, atomically: succeeds when none was attempted yet, the last attempt failed, or the last
    /// attempt started before <paramref name="abandonedBefore"/> and never finished.
    /// </summary>
    /// <returns>The claim, or null when it was sent, another run is sending it, or the rule is gone.</returns>
    Task<AlertClaim?> TryClaimAsync(AlertSendKey key, AlertKind kind, double value, DateTimeOffset abandonedBefore, CancellationToken cancellationToken);

    /// <summary>Records that the claimed delivery was made; false when a later attempt took it over.</summary>
    Task<bool> MarkSentAsync(AlertClaim claim, CancellationToken cancellationToken);

    /// <summary>Records that the claimed delivery failed, so that the next run retries it; false when taken over.</summary>
    Task<bool> MarkFailedAsync(AlertClaim claim, string error, CancellationToken cancellationToken);

    /// <summary>Alerts first detected at or after <paramref name="since"/> that reached a channel, newest first.</summary>
    Task<IReadOnlyList<FiredAlert>> ListFiredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
