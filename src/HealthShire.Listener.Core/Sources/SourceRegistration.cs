namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// A source module as the host sees it. Each module registers one, read from its bound and validated options; the host
/// schedules, collects, reports on and checks subscribers' sources against whatever is registered.
/// </summary>
/// <param name="Name">The source name, the same as its <see cref="IPostSource.Name"/>: <c>reddit</c>.</param>
/// <param name="Section">Its configuration section: <c>Sources:Reddit</c>.</param>
/// <param name="Enabled">Whether the worker collects it (<c>&lt;Section&gt;:Enabled</c>).</param>
/// <param name="Interval">The time between its passes (<c>&lt;Section&gt;:Interval</c>).</param>
public sealed record SourceRegistration(string Name, string Section, bool Enabled, TimeSpan Interval);
