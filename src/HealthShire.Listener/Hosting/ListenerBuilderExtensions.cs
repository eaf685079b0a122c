using HealthShire.Listener.Api;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Digest;
using HealthShire.Listener.Jobs;
using HealthShire.Listener.Sources;
using HealthShire.Listener.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace HealthShire.Listener.Hosting;

/// <summary>The composition of the host: one call per feature.</summary>
internal static class ListenerBuilderExtensions
{
    public static WebApplicationBuilder AddListener(this WebApplicationBuilder builder, ListenerRole role)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services),
            preserveStaticLogger: true);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPostStore();
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddPostClassifier();
        builder.Services.AddPostSources();
        builder.Services.AddSingleton<ListeningPipeline>();
        builder.Services.AddSingleton<SourceRegistry>();
        builder.AddDigest();

        if (role == ListenerRole.Worker)
        {
            builder.AddListenerJobs();
            builder.AddListenerEndpoints();
        }

        return builder;
    }

    public static WebApplication UseListener(this WebApplication app, ListenerRole role)
    {
        if (role == ListenerRole.Worker)
        {
            app.MapListenerEndpoints();
        }

        return app;
    }
}
