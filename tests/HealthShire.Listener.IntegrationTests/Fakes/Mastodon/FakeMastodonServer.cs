using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace HealthShire.Listener.IntegrationTests.Fakes.Mastodon;

/// <summary>
/// A Mastodon instance look-alike on 127.0.0.1: <c>/api/v1/timelines/tag/{tag}</c> with <c>limit</c>, <c>max_id</c>
/// and <c>min_id</c> answered as Mastodon does (newest first, a <c>Link</c> header with <c>rel="next"</c> and
/// <c>rel="prev"</c>), <c>/api/v1/statuses/{id}</c>, <c>X-RateLimit-*</c> headers, injectable faults and a record of
/// every request.
/// </summary>
internal sealed class FakeMastodonServer : IAsyncDisposable
{
    private const int RateLimit = 300;
    private readonly Lock _gate = new();
    private readonly List<FakeMastodonStatus> _statuses = [];
    private readonly FaultQueue<FakeMastodonFault> _faults = new();
    private readonly List<FakeMastodonRequest> _requests = [];
    private LoopbackServer? _server;

    /// <summary>The instance's root, e.g. <c>http://127.0.0.1:41234</c>; set by <see cref="StartAsync"/>.</summary>
    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("Call StartAsync first.");

    /// <summary>The host and port, as statuses local to this instance name it in their uri.</summary>
    public string Authority => new Uri(BaseUrl).Authority;

    public IReadOnlyList<FakeMastodonRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Whether <c>GET /api/v1/statuses?id[]=</c> is served (Mastodon 4.3+, at most 20 ids); when false it is a 404, as before 4.3.</summary>
    public bool ServesMultipleStatuses { get; set; } = true;

    public async Task StartAsync() => _server = await LoopbackServer.StartAsync(HandleAsync);

    public void AddStatuses(params FakeMastodonStatus[] statuses)
    {
        lock (_gate)
        {
            _statuses.AddRange(statuses);
        }
    }

    public void UpdateStatus(long id, Func<FakeMastodonStatus, FakeMastodonStatus> change)
    {
        lock (_gate)
        {
            var index = _statuses.FindIndex(s => s.Id == id);
            _statuses[index] = change(_statuses[index]);
        }
    }

    public void RemoveStatus(long id)
    {
        lock (_gate)
        {
            _statuses.RemoveAll(s => s.Id == id);
        }
    }

    /// <summary>Queues a fault for the next <paramref name="times"/> requests whose path and query contain <paramref name="urlContains"/>.</summary>
    public void InjectFault(FakeMastodonFault fault, int times = 1, string? urlContains = null) => _faults.Add(fault, times, urlContains);

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
        var query = request.QueryString.Value ?? "";
        var fault = _faults.Take(path + query);
        var (status, body, link) = fault is not null ? (fault.Status, fault.Body ?? FakeMastodonJson.Error("fault"), null) : Answer(context, path);
        lock (_gate)
        {
            _requests.Add(new FakeMastodonRequest(path, query, request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, status));
        }

        var response = context.Response;
        response.StatusCode = status;
        var remaining = fault?.Status == 429 ? 0 : RateLimit - 1;
        response.Headers["X-RateLimit-Limit"] = RateLimit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (fault?.ResetAt ?? DateTimeOffset.UtcNow.AddMinutes(5))
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        if (link is not null)
        {
            response.Headers["Link"] = link;
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(body, Encoding.UTF8);
    }

    private (int Status, string Body, string? Link) Answer(HttpContext context, string path)
    {
        const string TagPrefix = "/api/v1/timelines/tag/";
        const string StatusPrefix = "/api/v1/statuses/";
        if (path.StartsWith(TagPrefix, StringComparison.Ordinal))
        {
            return Timeline(context, Uri.UnescapeDataString(path[TagPrefix.Length..]));
        }

        if (path == "/api/v1/statuses" && ServesMultipleStatuses)
        {
            var ids = context.Request.Query["id[]"].Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
            if (ids.Count > 20)
            {
                return (422, FakeMastodonJson.Error("Validation failed"), null);
            }

            lock (_gate)
            {
                return (200, "[" + string.Join(',', _statuses.Where(s => ids.Contains(s.Id)).Select(FakeMastodonJson.Status)) + "]", null);
            }
        }

        if (path.StartsWith(StatusPrefix, StringComparison.Ordinal)
            && long.TryParse(path[StatusPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            lock (_gate)
            {
                return _statuses.Find(s => s.Id == id) is { } found
                    ? (200, FakeMastodonJson.Status(found), null)
                    : (404, FakeMastodonJson.Error("Record not found"), null);
            }
        }

        return (404, FakeMastodonJson.Error("Record not found"), null);
    }

    private (int Status, string Body, string? Link) Timeline(HttpContext context, string tag)
    {
        var query = context.Request.Query;
        var limit = (int)Math.Clamp(Number(query["limit"]) ?? 20, 1, 40);
        var maxId = Number(query["max_id"]);
        var minId = Number(query["min_id"]);
        List<FakeMastodonStatus> page;
        lock (_gate)
        {
            var tagged = _statuses.Where(s => s.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));

            // min_id: the statuses just newer than it (the oldest of those first), still served newest first.
            page = minId is { } min
                ? [.. tagged.Where(s => s.Id > min).OrderBy(s => s.Id).Take(limit).OrderByDescending(s => s.Id)]
                : [.. tagged.Where(s => maxId is not { } max || s.Id < max).OrderByDescending(s => s.Id).Take(limit)];
        }

        string? link = null;
        if (page.Count > 0)
        {
            var root = $"{BaseUrl}/api/v1/timelines/tag/{Uri.EscapeDataString(tag)}";
            link = $"<{root}?max_id={page[^1].Id}>; rel=\"next\", <{root}?min_id={page[0].Id}>; rel=\"prev\"";
        }

        return (200, FakeMastodonJson.Timeline(page), link);
    }

    private static long? Number(Microsoft.Extensions.Primitives.StringValues value) =>
        long.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
