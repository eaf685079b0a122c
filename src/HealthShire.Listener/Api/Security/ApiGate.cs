using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace HealthShire.Listener.Api.Security;

/// <summary>
/// Stands in front of everything under <c>/api</c>, before routing answers: a call without a valid key gets 401 whatever
/// its method or path (never a 405 or 404 that maps the routes), a body over <see cref="MaxRequestBodyBytes"/> gets 413,
/// and no answer may be cached (health talk must not linger in a proxy or browser cache).
/// </summary>
internal static class ApiGate
{
    /// <summary>The largest request body the API reads; its only bodies are small status changes.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;

    public static WebApplication UseApiGate(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<ApiKeys>();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.Use(async (context, next) =>
            {
                context.Response.Headers[HeaderNames.CacheControl] = "no-store";
                if (!keys.IsAccepted(context.Request.Headers[ApiKeys.HeaderName].ToString()))
                {
                    await ApiKeys.Refusal().ExecuteAsync(context);
                    return;
                }

                if (context.Request.ContentLength > MaxRequestBodyBytes)
                {
                    await TooLarge().ExecuteAsync(context);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxRequestBodyBytes;
                }

                await next(context);
            }));
        return app;
    }

    private static IResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The API reads request bodies of at most {MaxRequestBodyBytes / 1024} KB.");
}
