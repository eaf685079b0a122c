using HealthShire.Listener.Api.Crisis;
using HealthShire.Listener.Api.Dashboard;
using HealthShire.Listener.Api.Export;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Api.Security;
using HealthShire.Listener.Api.Trends;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api;

/// <summary>The worker's HTTP side: listen URLs, the key-protected <c>/api</c> groups, health, OpenAPI and the dashboard.</summary>
internal static class ApiBuilderExtensions
{
    public static WebApplicationBuilder AddListenerEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<QuestionsOptions>()
            .BindConfiguration(QuestionsOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<QuestionsOptions>, QuestionsOptionsValidator>();
        builder.Services.AddOptions<CrisisOptions>()
            .BindConfiguration(CrisisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var urls = builder.Configuration[$"{ApiOptions.SectionName}:Urls"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? new ApiOptions().Urls : urls);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        builder.Services.AddSingleton<TrendsCache>();
        builder.Services.AddOpenApi();
        builder.AddDashboardFiles();
        return builder;
    }

    public static WebApplication MapListenerEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboard();
        app.MapHealthApi();
        app.MapOpenApi();

        var api = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>();
        api.MapTrendsApi();
        api.MapQuestionsApi();
        api.MapCrisisApi();
        api.MapExportApi();

        if (ApiKeyFilter.ConfiguredKeys(app.Services.GetRequiredService<IOptions<ApiOptions>>().Value).Count == 0)
        {
            ApiLog.NoApiKeys(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiKeyFilter).FullName ?? "Api"));
        }

        return app;
    }
}
