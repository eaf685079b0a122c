namespace HealthShire.Listener.Core.Digest;

/// <summary>The record of one subscriber's digest for one week.</summary>
/// <param name="Address">The subscriber's address.</param>
/// <param name="Week">The subscriber's ISO week.</param>
/// <param name="State">Sending, sent or failed.</param>
/// <param name="Attempt">How many runs have claimed it, 1 for the first.</param>
/// <param name="StartedAt">When the latest attempt was claimed.</param>
/// <param name="FinishedAt">When the latest attempt ended, or null while sending.</param>
/// <param name="Error">Why the latest attempt failed, or null.</param>
public sealed record DigestSend(
    string Address,
    DigestWeek Week,
    DigestSendState State,
    int Attempt,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error);
