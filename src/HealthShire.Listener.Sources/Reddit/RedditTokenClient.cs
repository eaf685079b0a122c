using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Asks <c>{AuthBaseUrl}/api/v1/access_token</c> for an app-only token (client credentials grant).</summary>
internal sealed class RedditTokenClient(HttpClient http, IOptions<RedditOptions> options, ILogger<RedditTokenClient> logger)
{
    public const string HttpClientName = "reddit-auth";

    /// <summary>A new token, or null when Reddit refused or the answer was unusable (logged, without secrets).</summary>
    public async Task<RedditAccessToken?> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ClientId + ":" + settings.ClientSecret));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/access_token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        request.Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                RedditLog.TokenRefused(logger, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content
                .ReadFromJsonAsync(RedditJsonContext.Default.RedditTokenResponse, cancellationToken)
                .ConfigureAwait(false);
            if (body is not { AccessToken: { Length: > 0 } token, ExpiresIn: { } seconds } || seconds <= 0)
            {
                RedditLog.TokenUnusable(logger, body?.Error ?? "no access_token or expires_in");
                return null;
            }

            return new RedditAccessToken(token, TimeSpan.FromSeconds(seconds));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or JsonException or IOException or TimeoutException or TimeoutRejectedException or OperationCanceledException)
        {
            RedditLog.TokenRequestFailed(logger, ex.GetType().Name, ex.Message);
            return null;
        }
    }
}
