using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Alerts;

/// <summary>
/// Posts one alert to a webhook, signed when <c>Alerts:WebhookSecret</c> is set. The client's one resilience handler
/// bounds and retries the attempts (<see cref="AlertsBuilderExtensions"/>); redirects are not followed.
/// </summary>
internal sealed class AlertWebhookClient(HttpClient http, IOptions<AlertsOptions> options)
{
    public const string HttpClientName = "alerts-webhook";

    public const string SignatureHeader = "X-HealthShire-Signature";

    public async Task PostAsync(Uri url, AlertWebhookBody body, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, AlertsJsonContext.Default.AlertWebhookBody);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var secret = options.Value.WebhookSecret;
        if (secret.Length > 0)
        {
            request.Headers.Add(SignatureHeader, Signature(secret, bytes));
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new AlertDeliveryException(string.Create(
                CultureInfo.InvariantCulture,
                $"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}."));
        }
    }

    /// <summary>The header's value: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body, keyed by the secret's UTF-8 bytes.</summary>
    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
