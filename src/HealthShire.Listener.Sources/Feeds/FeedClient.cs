using System.Net;
using HealthShire.Listener.Sources.Http;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Fetches one feed with a conditional GET from its stored validators. 304 is "unchanged"; 429 waits as the answer
/// says (per host); 5xx and timeouts are retried by the client's resilience handler; bodies over
/// <c>MaxFeedBytes</c> are refused.
/// </summary>
internal sealed class FeedClient(HttpClient http, FeedPacers pacers, IOptions<FeedsOptions> options, TimeProvider timeProvider)
{
    public const string HttpClientName = "feeds";
    private const int MaxTooManyRequests = 3;

    public async Task<FeedFetchResult> FetchAsync(Uri url, FeedValidators? validators, CancellationToken cancellationToken)
    {
        var pacer = pacers.For(url);
        for (var tooManyRequests = 0; ; tooManyRequests++)
        {
            await pacer.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { Length: > 0 } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators?.LastModified is { Length: > 0 } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
                switch (response.StatusCode)
                {
                    case HttpStatusCode.NotModified:
                        return FeedFetchResult.Unchanged;
                    case HttpStatusCode.TooManyRequests when tooManyRequests < MaxTooManyRequests:
                        await pacer.WaitAfterTooManyRequestsAsync(RetryAfterHeader.GetDelay(response, timeProvider), cancellationToken)
                            .ConfigureAwait(false);
                        continue;
                    case var status when !response.IsSuccessStatusCode:
                        return FeedFetchResult.Failure($"the answer was {(int)status} {status}");
                }

                return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is HttpRequestException or IOException or TimeoutRejectedException or OperationCanceledException)
            {
                return FeedFetchResult.Failure($"the request failed ({ex.GetType().Name}: {ex.Message})");
            }
        }
    }

    private async Task<FeedFetchResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxFeedBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            return FeedFetchResult.Failure($"the feed is larger than {max} bytes");
        }

        using var body = new MemoryStream();
        var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > max)
                {
                    return FeedFetchResult.Failure($"the feed is larger than {max} bytes");
                }

                body.Write(buffer, 0, read);
            }
        }

        body.Position = 0;
        var feed = FeedParser.TryParse(body, out var failure);
        if (feed is null)
        {
            return FeedFetchResult.Failure(failure ?? "the feed could not be read");
        }

        var etag = response.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null;
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var dates) ? dates.FirstOrDefault() : null;
        return FeedFetchResult.Success(feed, new FeedValidators(etag, lastModified));
    }
}
