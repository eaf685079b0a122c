namespace HealthShire.Listener.Core.Digest;

/// <summary>
/// What was sent to whom, per ISO week. A digest is claimed before it is sent and marked after, in
/// the store, so that a restart, a misfire or a second node never sends the same week twice.
/// </summary>
public interface IDigestLedger
{
    /// <summary>The record for that subscriber and week, or null when none was attempted.</summary>
    Task<DigestSend?> GetAsync(string address, DigestWeek week, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the week for one run, atomically: succeeds when nothing was attempted yet, the last
    /// attempt failed, or the last attempt started before <paramref name="abandonedBefore"/> and never
    /// finished (its process stopped mid-send); with <paramref name="force"/>, also when it was sent or is being sent.
    /// </summary>
    /// <returns>The claim, or null when another run sent it or is sending it.</returns>
    Task<DigestClaim?> TryClaimAsync(string address, DigestWeek week, bool force, DateTimeOffset abandonedBefore, CancellationToken cancellationToken);

    /// <summary>Records that the claimed digest reached the mail server.</summary>
    /// <returns>False when the claim was taken over by a later attempt meanwhile.</returns>
    Task<bool> MarkSentAsync(DigestClaim claim, CancellationToken cancellationToken);

    /// <summary>Records that the claimed digest could not be sent, so that the next run retries it.</summary>
    /// <returns>False when the claim was taken over by a later attempt meanwhile.</returns>
    Task<bool> MarkFailedAsync(DigestClaim claim, string error, CancellationToken cancellationToken);
}
