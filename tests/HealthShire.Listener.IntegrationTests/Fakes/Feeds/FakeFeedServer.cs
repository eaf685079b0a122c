using System.Text;
using Microsoft.AspNetCore.Http;

namespace HealthShire.Listener.IntegrationTests.Fakes.Feeds;

/// <summary>
/// Blog hosts on 127.0.0.1: each path serves a feed document with an <c>ETag</c> and <c>Last-Modified</c>, answers
/// 304 to a matching <c>If-None-Match</c> or <c>If-Modified-Since</c> as web servers do, takes injected faults and
/// records every request.
/// </summary>
internal sealed class FakeFeedServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Body, string ContentType, string? ETag, string? LastModified)> _feeds = new(StringComparer.Ordinal);
    private readonly FaultQueue<FakeFeedFault> _faults = new();
    private readonly List<FakeFeedRequest> _requests = [];
    private LoopbackServer? _server;

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("Call StartAsync first.");

    public IReadOnlyList<FakeFeedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public async Task StartAsync() => _server = await LoopbackServer.StartAsync(HandleAsync);

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>; null validators make the server send none.</summary>
    public void SetFeed(string path, string body, string? etag = "\"v1\"", string? lastModified = "Mon, 02 Nov 2026 09:00:00 GMT", string contentType = "application/rss+xml; charset=UTF-8")
    {
        lock (_gate)
        {
            _feeds[path] = (body, contentType, etag, lastModified);
        }
    }

    public void InjectFault(FakeFeedFault fault, int times = 1, string? urlContains = null) => _faults.Add(fault, times, urlContains);

    /// <summary>From now on requests whose path and query contain <paramref name="urlContains"/> are answered after <paramref name="delay"/>.</summary>
    public void SlowDown(string urlContains, TimeSpan delay) =>
        (_server ?? throw new InvalidOperationException("Call StartAsync first.")).SlowDown(urlContains, delay);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = request.Headers.IfModifiedSince.ToString();
        var response = context.Response;
        var fault = _faults.Take(path);
        (string Body, string ContentType, string? ETag, string? LastModified) feed;
        bool found;
        lock (_gate)
        {
            found = _feeds.TryGetValue(path, out feed);
        }

        int status;
        var body = "";
        if (fault is not null)
        {
            status = fault.Status;
            body = fault.Body ?? "";
            if (fault.RetryAfterSeconds is { } seconds)
            {
                response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else if (!found)
        {
            status = 404;
        }
        else if ((feed.ETag is not null && ifNoneMatch == feed.ETag)
            || (ifNoneMatch.Length == 0 && feed.LastModified is not null && ifModifiedSince == feed.LastModified))
        {
            status = 304;
        }
        else
        {
            status = 200;
            body = feed.Body;
            response.ContentType = feed.ContentType;
        }

        if (found && status is 200 or 304)
        {
            if (feed.ETag is not null)
            {
                response.Headers.ETag = feed.ETag;
            }

            if (feed.LastModified is not null)
            {
                response.Headers.LastModified = feed.LastModified;
            }
        }

        lock (_gate)
        {
            _requests.Add(new FakeFeedRequest(path, ifNoneMatch.Length > 0 ? ifNoneMatch : null, ifModifiedSince.Length > 0 ? ifModifiedSince : null, status));
        }

        response.StatusCode = status;
        if (status != 304 && body.Length > 0)
        {
            await response.WriteAsync(body, Encoding.UTF8);
        }
    }
}
