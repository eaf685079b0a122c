using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Status;

/// <summary>What is known of one registered source: its schedule, its stored checkpoints and its last failed pass.</summary>
internal sealed record SourceStatus(
    string Name,
    bool Enabled,
    TimeSpan Interval,
    IReadOnlyList<Checkpoint> Checkpoints,
    LastPassError? LastError)
{
    /// <summary>The source's status from its registration and the stored checkpoints (of any source).</summary>
    public static SourceStatus Of(SourceRegistration registration, IEnumerable<Checkpoint> stored)
    {
        var own = stored.Where(c => string.Equals(c.Source, registration.Name, StringComparison.Ordinal)).ToList();
        return new SourceStatus(
            registration.Name,
            registration.Enabled,
            registration.Interval,
            [.. own.Where(c => !LastPassError.IsError(c)).OrderBy(c => c.Key, StringComparer.Ordinal)],
            LastPassError.From(own));
    }
}
