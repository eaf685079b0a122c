using HealthShire.Listener.Sources.Bluesky;
using HealthShire.Listener.Sources.Reddit;
using HealthShire.Listener.Sources.X;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.Sources;

/// <summary>Registers every network the listener collects from: one call per source module (a folder of this project).</summary>
public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Adds each source module. The host schedules, collects and reports whatever is registered here: a new module adds its
    /// <c>Add&lt;Name&gt;Source()</c> call to this list.
    /// </summary>
    public static IServiceCollection AddPostSources(this IServiceCollection services)
    {
        services.AddRedditSource();
        services.AddXSource();
        services.AddBlueskySource();
        return services;
    }
}
