using HealthShire.Listener.Alerts;
using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Crisis;
using HealthShire.Listener.Api.Dashboard;
using HealthShire.Listener.Api.Export;
using HealthShire.Listener.Api.Medications;
using HealthShire.Listener.Api.Posts;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Api.Security;
using HealthShire.Listener.Api.Status;
using HealthShire.Listener.Api.Trends;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api;

/// <summary>The worker's HTTP side: listen URLs, the key-protected <c>/api</c> groups, health, OpenAPI and the dashboard.</summary>
internal static class ApiBuilderExtensions
{
    /// <summary>
    /// The settings the API shares with its command-line twins and the digest: <c>Questions</c> (the open questions'
    /// default age) and <c>Crisis</c> (the text shown with crisis posts).
    /// </summary>
    public static IServiceCollection AddInsightsOptions(this IServiceCollection services)
    {
        services.AddOptions<QuestionsOptions>()
            .BindConfiguration(QuestionsOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuestionsOptions>, QuestionsOptionsValidator>());
        services.AddOptions<CrisisOptions>()
            .BindConfiguration(CrisisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    public static WebApplicationBuilder AddListenerEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        builder.Services.AddSingleton<TrendsCache>();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddOpenApi();
        builder.AddDashboardFiles();
        return builder;
    }

    /// <summary>Listens on <c>Api:Urls</c> (the bound, validated options) and maps the endpoints.</summary>
    public static WebApplication MapListenerEndpoints(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        foreach (var url in options.ListenUrls)
        {
            app.Urls.Add(url);
        }

        app.UseExceptionHandler();
        app.UseApiGate();
        app.UseStatusCodePages();
        app.UseDashboard();
        app.MapHealthApi();
        app.MapOpenApi();

        var api = app.MapGroup("/api");
        api.MapTrendsApi();
        api.MapQuestionsApi();
        api.MapMedicationsApi();
        api.MapPostsApi();
        api.MapCrisisApi();
        api.MapExportApi();
        api.MapStatusApi();
        api.MapCommunitiesApi();
        api.MapAlertsApi();

        if (ApiKeys.ConfiguredKeys(options).Count == 0)
        {
            ApiLog.NoApiKeys(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiKeys).FullName ?? "Api"));
        }

        return app;
    }
}
