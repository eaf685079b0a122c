using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>Registers the Bluesky (Jetstream) source.</summary>
public static class BlueskyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bluesky source module: its <c>Sources:Bluesky</c> options (validated at start) and the Bluesky
    /// <see cref="IPostSource"/> with its registration. The host registers the <see cref="Core.Privacy.IAuthorPseudonymizer"/>.
    /// </summary>
    public static IServiceCollection AddBlueskySource(this IServiceCollection services)
    {
        // A singleton: it keeps the replies and deletions a pass saw until the refresh that follows it.
        services.AddSourceModule<BlueskyPostSource, BlueskyOptions, BlueskyOptionsValidator>(
            BlueskyPostMapper.SourceName, BlueskyOptions.SectionName, ServiceLifetime.Singleton);
        return services;
    }
}
