namespace HealthShire.Listener.Hosting;

/// <summary>Whether a source runs and how often, from <c>Sources:&lt;Section&gt;:Enabled</c> and <c>:Interval</c>.</summary>
internal sealed record SourceSchedule(string Name, string Section, bool Enabled, TimeSpan Interval);
