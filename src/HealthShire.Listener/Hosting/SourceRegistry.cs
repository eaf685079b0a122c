using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Hosting;

/// <summary>The registered sources with their schedules; what jobs and commands pick a source from.</summary>
internal sealed class SourceRegistry
{
    private readonly Dictionary<string, IPostSource> _sources;

    public SourceRegistry(IEnumerable<IPostSource> sources, IConfiguration configuration)
    {
        _sources = sources.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        Schedules = SourceCatalog.ReadSchedules(configuration);
    }

    public IReadOnlyList<SourceSchedule> Schedules { get; }

    /// <summary>The enabled sources, in catalogue order.</summary>
    public IReadOnlyList<IPostSource> Enabled =>
        [.. Schedules.Where(s => s.Enabled && _sources.ContainsKey(s.Name)).Select(s => _sources[s.Name])];

    public IPostSource? Find(string name) => _sources.GetValueOrDefault(name);
}
