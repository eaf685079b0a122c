using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Reads hashtag timelines and single statuses from any configured instance. Each instance is paced by its own
/// rate-limit headers, 429 waits here; 5xx and timeouts are retried by the client's resilience handler.
/// </summary>
internal sealed class MastodonClient(HttpClient http, MastodonPacers pacers, IOptions<MastodonOptions> options, TimeProvider timeProvider)
{
    public const string HttpClientName = "mastodon";
    private const int MaxTooManyRequests = 5;

    public async Task<MastodonPageResult> GetTagTimelineAsync(
        Uri instance,
        string tag,
        string? minId,
        string? maxId,
        int limit,
        CancellationToken cancellationToken)
    {
        var query = "limit=" + limit.ToString(CultureInfo.InvariantCulture);
        query += minId is null ? "" : "&min_id=" + Uri.EscapeDataString(minId);
        query += maxId is null ? "" : "&max_id=" + Uri.EscapeDataString(maxId);
        var uri = new Uri(instance, $"api/v1/timelines/tag/{Uri.EscapeDataString(tag)}?{query}");
        var (status, page, failure) = await SendAsync(instance, uri, ReadPageAsync, cancellationToken).ConfigureAwait(false);
        return page is not null ? MastodonPageResult.Success(page)
            : status is { } unavailable ? MastodonPageResult.Unavailable(unavailable)
            : MastodonPageResult.Failure(failure ?? "the request failed");
    }

    /// <summary>One status by the instance's own id: the status, or 404/410 as unavailable, or a failure.</summary>
    public async Task<(MastodonStatus? Status, HttpStatusCode? Unavailable, string? Failure)> GetStatusAsync(
        Uri instance,
        string id,
        CancellationToken cancellationToken)
    {
        var uri = new Uri(instance, "api/v1/statuses/" + Uri.EscapeDataString(id));
        var (status, value, failure) = await SendAsync(instance, uri, ReadStatusAsync, cancellationToken).ConfigureAwait(false);
        return (value, status, failure);
    }

    /// <summary>
    /// Several statuses by the instance's own ids in one request (Mastodon 4.3+): those the instance still shows publicly,
    /// or 404/410 as unavailable (an instance without the call), or a failure.
    /// </summary>
    public async Task<(IReadOnlyList<MastodonStatus>? Statuses, HttpStatusCode? Unavailable, string? Failure)> GetStatusesAsync(
        Uri instance,
        IReadOnlyList<string> ids,
        CancellationToken cancellationToken)
    {
        var query = string.Join('&', ids.Select(id => "id%5B%5D=" + Uri.EscapeDataString(id)));
        var uri = new Uri(instance, "api/v1/statuses?" + query);
        var (status, value, failure) = await SendAsync(instance, uri, ReadStatusesAsync, cancellationToken).ConfigureAwait(false);
        return (value, status, failure);
    }

    private static async Task<(HttpStatusCode?, IReadOnlyList<MastodonStatus>?, string?)> ReadStatusesAsync(
        HttpResponseMessage response, Stream content, CancellationToken cancellationToken)
    {
        var (statuses, _, failure) = await MastodonTimelineReader.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        return (null, statuses, statuses is null ? failure : null);
    }

    private static async Task<(HttpStatusCode?, MastodonPage?, string?)> ReadPageAsync(
        HttpResponseMessage response, Stream content, CancellationToken cancellationToken)
    {
        var (statuses, malformed, failure) = await MastodonTimelineReader.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        if (statuses is null)
        {
            return (null, null, failure);
        }

        var (next, prev) = MastodonLinkHeader.Read(response.Headers);
        return (null, new MastodonPage(statuses, malformed, next, prev), null);
    }

    private static async Task<(HttpStatusCode?, MastodonStatus?, string?)> ReadStatusAsync(
        HttpResponseMessage response, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return MastodonTimelineReader.TryRead(document.RootElement) is { } status
                ? (null, status, null)
                : (null, null, "the answer is not a status");
        }
        catch (JsonException ex)
        {
            return (null, null, $"the answer is not valid JSON ({ex.Message})");
        }
    }

    private async Task<(HttpStatusCode?, T?, string?)> SendAsync<T>(
        Uri instance,
        Uri uri,
        Func<HttpResponseMessage, Stream, CancellationToken, Task<(HttpStatusCode?, T?, string?)>> read,
        CancellationToken cancellationToken)
        where T : class
    {
        var pacer = pacers.For(instance);
        for (var tooManyRequests = 0; ; tooManyRequests++)
        {
            await pacer.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (options.Value.HasAccessToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AccessToken);
            }

            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
                pacer.Observe(MastodonRateLimitHeaders.Read(response.Headers, timeProvider));
                switch (response.StatusCode)
                {
                    case HttpStatusCode.TooManyRequests when tooManyRequests < MaxTooManyRequests:
                        await pacer.WaitAfterTooManyRequestsAsync(RetryAfterHeader.GetDelay(response, timeProvider), cancellationToken)
                            .ConfigureAwait(false);
                        continue;
                    case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone:
                        return (response.StatusCode, null, null);
                    case var status when !response.IsSuccessStatusCode:
                        return (null, null, $"the answer was {(int)status} {status}");
                }

                var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (content.ConfigureAwait(false))
                {
                    return await read(response, content, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is HttpRequestException or IOException or TimeoutRejectedException or OperationCanceledException)
            {
                return (null, null, $"the request failed ({ex.GetType().Name}: {ex.Message})");
            }
        }
    }
}
