namespace HealthShire.Listener.Sources;

/// <summary>
/// What every source module's options carry, with their defaults: whether the worker collects the source
/// (<c>&lt;Section&gt;:Enabled</c>) and how often (<c>&lt;Section&gt;:Interval</c>).
/// </summary>
/// <param name="defaultInterval">The module's own default time between passes.</param>
internal abstract class SourceOptions(TimeSpan defaultInterval)
{
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker runs a collection pass.</summary>
    public TimeSpan Interval { get; set; } = defaultInterval;
}
