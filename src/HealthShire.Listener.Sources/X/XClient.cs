using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.X;

/// <summary>
/// The X API v2 calls the source needs. 5xx and timeouts are retried by the resilience handler;
/// rate limits are handled here because their waits (up to 15 minutes) are longer than any retry policy's.
/// </summary>
internal sealed class XClient(HttpClient http, IOptions<XOptions> options, TimeProvider time, ILogger<XClient> logger)
{
    public const string SearchPath = "2/tweets/search/recent";
    public const string LookupPath = "2/tweets";
    public const string SearchTweetFields = "author_id,conversation_id,created_at,lang,public_metrics";
    public const int MaxIdsPerLookup = 100;

    private const int MaxRateLimitRetries = 3;
    private const int MaxReasonLength = 200;

    /// <summary>A window is 15 minutes; a reset further away than this is not worth waiting for in one pass.</summary>
    private static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromMinutes(16);

    // X spends a window to the last request, then waits for its reset (no spreading, no minimum interval).
    private readonly RequestPacer _pacer = new(
        new RequestPacerSettings("X", options.Value.PacingEnabled, TimeSpan.Zero, LowRemaining: 0, XRateLimit.FallbackWait),
        time,
        logger);

    public Task<XCallResult> SearchRecentAsync(
        string query, string? sinceId, string? nextToken, int maxResults, CancellationToken cancellationToken)
    {
        var url = new StringBuilder(SearchPath)
            .Append("?query=").Append(Uri.EscapeDataString(query))
            .Append("&max_results=").Append(maxResults.ToString(CultureInfo.InvariantCulture))
            .Append("&tweet.fields=").Append(SearchTweetFields);
        if (sinceId is not null)
        {
            url.Append("&since_id=").Append(Uri.EscapeDataString(sinceId));
        }

        if (nextToken is not null)
        {
            url.Append("&next_token=").Append(Uri.EscapeDataString(nextToken));
        }

        return SendAsync(SearchPath, url.ToString(), cancellationToken);
    }

    public Task<XCallResult> LookupAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var url = $"{LookupPath}?ids={string.Join(',', ids.Select(Uri.EscapeDataString))}&tweet.fields=public_metrics";
        return SendAsync(LookupPath, url, cancellationToken);
    }

    private async Task<XCallResult> SendAsync(string path, string url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await _pacer.WaitTurnAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BearerToken);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
            {
                return XCallResult.Failed(null, $"request failed: {e.GetType().Name}");
            }

            using (response)
            {
                var limit = XRateLimit.From(response.Headers);
                _pacer.Observe(limit.ToSnapshot(time.GetUtcNow()));
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = limit.WaitFrom(time.GetUtcNow());
                    if (attempt >= MaxRateLimitRetries || wait > MaxRateLimitWait)
                    {
                        return XCallResult.Failed(response.StatusCode, $"rate limited until {limit.Reset:O}");
                    }

                    await _pacer.WaitAfterTooManyRequestsAsync(wait, "x-rate-limit-reset on " + path, cancellationToken);
                    continue;
                }

                return await ReadAsync(response, cancellationToken);
            }
        }
    }

    private async Task<XCallResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var reason = await ReadProblemAsync(response, cancellationToken);
            return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? XCallResult.Unauthorized(status, reason)
                : XCallResult.Failed(status, reason);
        }

        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
            var skipped = new List<string>();
            var page = XPageReader.Read(document, skipped, out var failure);
            foreach (var problem in skipped)
            {
                XLog.UnreadableTweetSkipped(logger, problem);
            }

            return page is null ? XCallResult.Failed(status, failure ?? "empty body") : XCallResult.Ok(page);
        }
        catch (JsonException e)
        {
            return XCallResult.Failed(status, $"malformed body: {Shorten(e.Message)}");
        }
    }

    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var problem = await JsonSerializer.DeserializeAsync(body, XJsonContext.Default.XProblem, cancellationToken);
            var text = string.Join(": ", new[] { problem?.Title, problem?.Reason, problem?.Detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return Shorten($"HTTP {code} {text}".TrimEnd());
        }
        catch (JsonException)
        {
            return $"HTTP {code} without a problem body";
        }
    }

    /// <summary>Problem texts come from the network: keep them short and on one line in logs and checkpoints.</summary>
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxReasonLength ? line : line[..MaxReasonLength] + "…";
    }
}
