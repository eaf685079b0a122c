using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// Reads listings from Reddit: with a bearer token from <c>ApiBaseUrl</c> when credentials are set,
/// else from the public <c>.json</c> endpoints of <c>AuthBaseUrl</c>. Rate limits and 401s are
/// handled here; 5xx and timeouts by the client's resilience handler.
/// </summary>
internal sealed class RedditClient(
    HttpClient http,
    RedditTokenClient tokenClient,
    RedditTokenCache tokens,
    RequestPacer pacer,
    IOptions<RedditOptions> options,
    TimeProvider timeProvider,
    ILogger<RedditClient> logger)
{
    public const string HttpClientName = "reddit";
    private const int MaxTooManyRequests = 5;

    public Task<RedditListingResult> GetNewAsync(string subreddit, string? after, int limit, CancellationToken cancellationToken)
    {
        var query = $"limit={limit.ToString(CultureInfo.InvariantCulture)}&raw_json=1";
        if (after is not null)
        {
            query += "&after=" + Uri.EscapeDataString(after);
        }

        return GetListingAsync($"r/{Uri.EscapeDataString(subreddit)}/new", query, cancellationToken);
    }

    public Task<RedditListingResult> GetInfoAsync(IReadOnlyList<string> fullnames, CancellationToken cancellationToken) =>
        GetListingAsync("api/info", "id=" + string.Join(',', fullnames.Select(Uri.EscapeDataString)) + "&raw_json=1", cancellationToken);

    private async Task<RedditListingResult> GetListingAsync(string path, string query, CancellationToken cancellationToken)
    {
        var oauth = options.Value.HasCredentials;
        var uri = new Uri(oauth ? $"{path}?{query}" : $"{path}.json?{query}", UriKind.Relative);
        var tooManyRequests = 0;
        var tokenRejected = false;
        while (true)
        {
            string? token = null;
            if (oauth)
            {
                token = await tokens.GetAsync(tokenClient.RequestAsync, cancellationToken).ConfigureAwait(false);
                if (token is null)
                {
                    return RedditListingResult.Failure("no access token could be obtained");
                }
            }

            await pacer.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("bearer", token);
            }

            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
                pacer.Observe(RedditRateLimitHeaders.Read(response.Headers));
                switch (response.StatusCode)
                {
                    case HttpStatusCode.TooManyRequests when tooManyRequests++ < MaxTooManyRequests:
                        await pacer.WaitAfterTooManyRequestsAsync(RetryAfterHeader.GetDelay(response, timeProvider), cancellationToken)
                            .ConfigureAwait(false);
                        continue;
                    case HttpStatusCode.Unauthorized when token is not null && !tokenRejected:
                        RedditLog.TokenRejected(logger, path);
                        tokens.Invalidate(token);
                        tokenRejected = true;
                        continue;
                    case HttpStatusCode.Forbidden or HttpStatusCode.NotFound:
                        return RedditListingResult.Unavailable(response.StatusCode);
                    case var status when !response.IsSuccessStatusCode:
                        return RedditListingResult.Failure($"the answer was {(int)status} {status}");
                }

                var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (content.ConfigureAwait(false))
                {
                    var listing = await RedditListingReader.ReadAsync(content, cancellationToken).ConfigureAwait(false);
                    foreach (var problem in listing.SkippedItems)
                    {
                        RedditLog.UnreadablePostSkipped(logger, path, problem);
                    }

                    return listing;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is HttpRequestException or IOException or TimeoutRejectedException or OperationCanceledException)
            {
                return RedditListingResult.Failure($"the request failed ({ex.GetType().Name}: {ex.Message})");
            }
        }
    }
}
