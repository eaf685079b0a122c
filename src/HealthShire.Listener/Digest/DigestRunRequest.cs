namespace HealthShire.Listener.Digest;

/// <summary>Which digests a run sends.</summary>
/// <param name="Address">Only this subscriber, or every one.</param>
/// <param name="IgnoreSchedule">Send before the send day and hour (still once per week).</param>
/// <param name="Force">Send even when this week's digest was already sent.</param>
internal sealed record DigestRunRequest(string? Address, bool IgnoreSchedule, bool Force)
{
    /// <summary>What the scheduled job does: every due subscriber, once per week.</summary>
    public static DigestRunRequest Scheduled { get; } = new(null, IgnoreSchedule: false, Force: false);
}
