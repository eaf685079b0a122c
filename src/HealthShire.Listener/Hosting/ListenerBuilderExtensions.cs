using HealthShire.Listener.Alerts;
using HealthShire.Listener.Api;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Digest;
using HealthShire.Listener.Import;
using HealthShire.Listener.Sources;
using HealthShire.Listener.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace HealthShire.Listener.Hosting;

/// <summary>The services every host shares: one call per feature (the worker adds its jobs and endpoints).</summary>
internal static class ListenerBuilderExtensions
{
    public static IHostApplicationBuilder AddListener(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services)
                .Filter.ByExcluding(StartupFaults.IsHostStartupFault),
            preserveStaticLogger: true);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPostStore();
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddPostClassifier();
        builder.Services.AddPostSources();
        builder.Services.AddSingleton<ListeningPipeline>();
        builder.Services.AddSingleton<PostImporter>();
        builder.Services.AddSingleton<SourceRegistry>();
        builder.Services.AddInsightsOptions();
        builder.AddDigest();
        builder.AddAlerts();
        return builder;
    }
}
