using System.Net;
using HealthShire.Listener.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace HealthShire.Listener.Alerts;

/// <summary>Registers spike alerts: options, the store, the webhook client and the runner (the worker schedules <see cref="AlertsJob"/>).</summary>
internal static class AlertsBuilderExtensions
{
    private const int WebhookRetries = 2;

    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertsOptions>()
            .BindConfiguration(AlertsOptions.SectionName)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>());
        builder.Services.AddAlertStore();
        builder.Services.TryAddTransient<AlertRunner>();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Add(AlertsJsonContext.Default));

        builder.Services.AddHttpClient<AlertWebhookClient>(AlertWebhookClient.HttpClientName, http =>
            {
                // The resilience handler's timeouts bound the call, not HttpClient.Timeout.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("HealthShire.Listener/0.1");
            })
            // A webhook that redirects is refused rather than followed to an address nobody configured.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler("alerts-webhook", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<AlertsOptions>>().Value;
                pipeline
                    .AddTimeout(options.WebhookTimeout * (WebhookRetries + 1) + options.WebhookRetryDelay * (1 << (WebhookRetries + 1)))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = WebhookRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.WebhookRetryDelay,
                        ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                        {
                            { Exception: HttpRequestException or TimeoutRejectedException } => true,
                            { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
                            _ => false,
                        }),
                    })
                    .AddTimeout(options.WebhookTimeout);
            });
        return builder;
    }
}
