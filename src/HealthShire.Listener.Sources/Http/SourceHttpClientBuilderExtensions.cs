using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Http;

/// <summary>What every source's HTTP client gets, whatever its resilience pipeline.</summary>
internal static class SourceHttpClientBuilderExtensions
{
    /// <summary>
    /// No automatic redirects (the transport would follow one to any host); <see cref="ResponseGuardHandler"/> instead,
    /// inside each attempt. Call it after the resilience handler so that the attempt timeout covers the body.
    /// </summary>
    public static IHttpClientBuilder AddResponseGuard(this IHttpClientBuilder builder, string api) =>
        builder
            .ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                switch (handler)
                {
                    case SocketsHttpHandler sockets:
                        sockets.AllowAutoRedirect = false;
                        break;
                    case HttpClientHandler client:
                        client.AllowAutoRedirect = false;
                        break;
                }
            })
            .AddHttpMessageHandler(services => new ResponseGuardHandler(
                api, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResponseGuardHandler).FullName!)));
}
