namespace HealthShire.Listener.Sources.Http;

/// <summary>What an API's rate-limit headers said about the current window; any part may be absent.</summary>
/// <param name="Remaining">Requests left in the window.</param>
/// <param name="ResetAfter">Time until the window resets, counted from when the response was read.</param>
/// <param name="Used">Requests already made in the window.</param>
internal readonly record struct RateLimitSnapshot(double? Remaining, TimeSpan? ResetAfter, double? Used)
{
    public bool IsEmpty => Remaining is null && ResetAfter is null && Used is null;
}
