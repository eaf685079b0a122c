using HealthShire.Listener.Api;
using HealthShire.Listener.Jobs;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Hosting;

/// <summary>
/// Builds the hosts the commands run in, each configured from appsettings.json beside the program, then environment
/// variables (<c>Sources__Reddit__ClientSecret</c>), then the given configuration (tests).
/// </summary>
internal static class ListenerHost
{
    /// <summary>A one-shot command's host: the listener's services only, no scheduler and no web server.</summary>
    public static IHost BuildCommand(Action<IConfigurationBuilder>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        configure?.Invoke(builder.Configuration);
        builder.AddListener();
        return builder.Build();
    }

    /// <summary>The long-running worker: the listener's services, the scheduled jobs and the HTTP endpoints.</summary>
    public static WebApplication BuildWorker(Action<IConfigurationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        configure?.Invoke(builder.Configuration);
        builder.AddListener();
        builder.AddListenerJobs();
        builder.AddListenerEndpoints();

        var app = builder.Build();
        app.MapListenerEndpoints();
        return app;
    }

    /// <summary>Checks every setting, as starting the worker would: each section is bound and validated once, through its options.</summary>
    public static void ValidateOptions(this IHost host) => host.Services.GetRequiredService<IStartupValidator>().Validate();
}
