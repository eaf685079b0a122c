using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Hosting;

/// <summary>
/// The registered source modules in registration order: what the jobs, <c>collect</c>, <c>status</c>, <c>/healthz</c> and
/// the subscribers' source lists enumerate. Each registration comes from its module's bound options.
/// </summary>
internal sealed class SourceRegistry
{
    public SourceRegistry(IEnumerable<SourceRegistration> registrations)
    {
        // A module added twice registers the same thing twice; two modules under one name are a mistake.
        All = [.. registrations.Distinct()];
        if (All.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"Two source modules are registered under the name '{clash.Key}'.");
        }
    }

    public IReadOnlyList<SourceRegistration> All { get; }

    public IReadOnlyList<string> Names => [.. All.Select(r => r.Name)];

    public IEnumerable<SourceRegistration> Enabled => All.Where(r => r.Enabled);

    public SourceRegistration? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The enabled sources' <see cref="IPostSource"/>s, in registration order.</summary>
    public IEnumerable<IPostSource> EnabledSources(IEnumerable<IPostSource> sources) => Enabled.Select(r => SourceOf(r, sources));

    /// <summary>The module's <see cref="IPostSource"/> among the registered ones.</summary>
    public static IPostSource SourceOf(SourceRegistration registration, IEnumerable<IPostSource> sources) =>
        sources.FirstOrDefault(s => string.Equals(s.Name, registration.Name, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The source module '{registration.Name}' registered no IPostSource of that name.");
}
