using System.Net;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Http;

/// <summary>
/// Runs inside each attempt of a source's HTTP pipeline (so the attempt timeout covers it): follows a redirect only
/// when it stays on the host the request went to, refusing and reporting any other, and reads the whole body before
/// the answer goes on, at most <see cref="MaxResponseBytes"/>, so that a slow or endless body is bounded by the attempt
/// timeout and by size instead of holding a pass.
/// </summary>
internal sealed class ResponseGuardHandler(string api, ILogger logger) : DelegatingHandler
{
    /// <summary>The largest answer body a source reads.</summary>
    public const long MaxResponseBytes = 32L * 1024 * 1024;

    private const int MaxRedirects = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hops = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hops++)
        {
            var from = request.RequestUri!;
            var target = location.IsAbsoluteUri ? location : new Uri(from, location);
            if (!SameOrigin(from, target) || hops == MaxRedirects || (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head))
            {
                HttpLog.RedirectRefused(logger, api, (int)response.StatusCode, from.Authority, target.IsAbsoluteUri ? target.Authority : "?");
                return response;
            }

            response.Dispose();
            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await response.Content.LoadIntoBufferAsync(MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and <= 399 && status != HttpStatusCode.NotModified;

    private static bool SameOrigin(Uri from, Uri to) =>
        string.Equals(from.Scheme, to.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(from.IdnHost, to.IdnHost, StringComparison.OrdinalIgnoreCase)
        && from.Port == to.Port;
}
