namespace HealthShire.Listener.Core.Digest;

/// <summary>
/// The right to send one subscriber's digest for one week, won by exactly one run. The attempt
/// number lets the store ignore an outcome reported by a run whose claim was since taken over.
/// </summary>
public sealed record DigestClaim(string Address, DigestWeek Week, int Attempt);
