using HealthShire.Listener.Sources.Reddit;
using HealthShire.Listener.Sources.X;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.Sources;

/// <summary>Registers every network the listener collects from.</summary>
public static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddPostSources(this IServiceCollection services)
    {
        services.AddRedditSource();
        services.AddXSource();
        return services;
    }
}
