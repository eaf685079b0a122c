namespace HealthShire.Listener.Api;

/// <summary>The worker's HTTP side: listen URLs and endpoint groups.</summary>
internal static class ApiBuilderExtensions
{
    public static WebApplicationBuilder AddListenerEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var urls = builder.Configuration[$"{ApiOptions.SectionName}:Urls"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? new ApiOptions().Urls : urls);
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapListenerEndpoints(this WebApplication app)
    {
        app.MapHealthApi();
        return app;
    }
}
