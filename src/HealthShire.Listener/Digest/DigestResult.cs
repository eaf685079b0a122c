using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Digest;

/// <summary>One subscriber's outcome of a run; <paramref name="Error"/> says why a send failed.</summary>
internal sealed record DigestResult(string Address, DigestWeek Week, DigestOutcome Outcome, string? Error);
