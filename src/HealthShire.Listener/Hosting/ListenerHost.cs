using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Hosting;

/// <summary>Builds the one host that every command runs in.</summary>
internal static class ListenerHost
{
    /// <summary>
    /// A host configured from appsettings.json beside the program, then environment variables
    /// (<c>Sources__Reddit__ClientSecret</c>), then <paramref name="configure"/> (tests).
    /// </summary>
    public static WebApplication Build(ListenerRole role, Action<IConfigurationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        configure?.Invoke(builder.Configuration);
        builder.AddListener(role);

        var app = builder.Build();
        app.UseListener(role);
        return app;
    }

    /// <summary>Checks every setting, as starting the worker would: source schedules, then the options validators.</summary>
    public static void ValidateOptions(this WebApplication app)
    {
        SourceCatalog.ReadSchedules(app.Configuration);
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }
}
