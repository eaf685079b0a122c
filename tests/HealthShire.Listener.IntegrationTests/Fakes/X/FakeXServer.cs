using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>
/// An X API v2 stand-in on 127.0.0.1: recent search (query, since_id, max_results, next_token) and
/// tweet lookup, bearer-token checks, x-rate-limit-* headers, injectable faults and a request log.
/// </summary>
public sealed class FakeXServer : IAsyncDisposable
{
    public const string DefaultBearerToken = "fake-x-bearer-token";

    private const string TokenPrefix = "fxt_";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, FakeTweet> _tweets = new(TweetIdComparer.Instance);
    private readonly HashSet<string> _deleted = [];
    private readonly Queue<FakeXFault> _faults = new();
    private readonly List<FakeXRequest> _requests = [];
    private WebApplication? _app;
    private long _nextId = 1_850_000_000_000_000_000;
    private int _remaining;
    private DateTimeOffset _windowReset;

    public FakeXServer(string bearerToken = DefaultBearerToken)
    {
        BearerToken = bearerToken;
        _remaining = RateLimitPerWindow;
    }

    public string BearerToken { get; }

    /// <summary>The root URL to configure as Sources:X:BaseUrl, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests allowed per 15-minute window before x-rate-limit-remaining reaches 0.</summary>
    public int RateLimitPerWindow { get; init; } = 450;

    /// <summary>Called on every request before it is answered (e.g. to cancel a pass mid-way).</summary>
    public Action<FakeXRequest>? OnRequest { get; set; }

    /// <summary>Tweets returned in data arrays so far: what X would bill as reads.</summary>
    public int TweetsServed { get; private set; }

    public IReadOnlyList<FakeXRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<FakeXRequest> SearchRequests => [.. Requests.Where(r => r.IsSearch)];

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        BaseUrl = _app.Urls.First();
    }

    public FakeTweet AddTweet(string text, string authorId = "2001", int likes = 0, int replies = 0, DateTimeOffset? createdAt = null)
    {
        lock (_gate)
        {
            var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
            var tweet = new FakeTweet(id, text, authorId, createdAt ?? DateTimeOffset.UtcNow, likes, replies);
            _tweets[id] = tweet;
            return tweet;
        }
    }

    public void AddTweet(FakeTweet tweet)
    {
        lock (_gate)
        {
            _tweets[tweet.Id] = tweet;
        }
    }

    public void DeleteTweet(string id)
    {
        lock (_gate)
        {
            _tweets.Remove(id);
            _deleted.Add(id);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests after <paramref name="afterRequests"/> normal ones with a fault.</summary>
    public void InjectFault(FakeXFault fault, int times = 1, int afterRequests = 0)
    {
        lock (_gate)
        {
            for (var i = 0; i < afterRequests; i++)
            {
                _faults.Enqueue(FakeXFault.None);
            }

            for (var i = 0; i < times; i++)
            {
                _faults.Enqueue(fault);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = new FakeXRequest(
            context.Request.Path.Value ?? "",
            context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString()),
            context.Request.Headers.Authorization.ToString() == "Bearer " + BearerToken);
        FakeXFault fault;
        lock (_gate)
        {
            _requests.Add(request);
            fault = _faults.Count > 0 ? _faults.Dequeue() : FakeXFault.None;
        }

        OnRequest?.Invoke(request);
        if (!request.Authorized)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, FakeXBodies.Unauthorized);
            return;
        }

        var (status, body) = fault switch
        {
            FakeXFault.TooManyRequests => (StatusCodes.Status429TooManyRequests, FakeXBodies.TooManyRequests),
            FakeXFault.ServerError => (StatusCodes.Status503ServiceUnavailable, FakeXBodies.ServiceUnavailable),
            FakeXFault.Forbidden => (StatusCodes.Status403Forbidden, FakeXBodies.Forbidden),
            FakeXFault.MalformedJson => (StatusCodes.Status200OK, "<html><body>upstream connect error</body></html>"),
            _ => Answer(request),
        };
        if (fault == FakeXFault.TruncatedBody)
        {
            body = body[..(body.Length / 2)];
        }

        WriteRateLimitHeaders(context, fault == FakeXFault.TooManyRequests);
        await WriteAsync(context, status, body);
    }

    private (int Status, string Body) Answer(FakeXRequest request)
    {
        var fields = (request["tweet.fields"] ?? "").Split(',').ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            return request.Path switch
            {
                "/2/tweets/search/recent" => Search(request, fields),
                "/2/tweets" => Lookup(request, fields),
                _ => (StatusCodes.Status404NotFound, """{"title":"Not Found Error","type":"about:blank","status":404}"""),
            };
        }
    }

    private (int Status, string Body) Search(FakeXRequest request, ISet<string> fields)
    {
        if (request["query"] is not { Length: > 0 and <= 512 } text)
        {
            return (StatusCodes.Status400BadRequest, FakeXBodies.InvalidRequest("The `query` parameter is missing or too long"));
        }

        if (!int.TryParse(request["max_results"] ?? "10", CultureInfo.InvariantCulture, out var max) || max is < 10 or > 100)
        {
            return (StatusCodes.Status400BadRequest, FakeXBodies.InvalidRequest("The `max_results` query parameter value is not between 10 and 100"));
        }

        var below = request["next_token"] is { } token
            ? token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? token[TokenPrefix.Length..] : null
            : "";
        if (below is null)
        {
            return (StatusCodes.Status400BadRequest, FakeXBodies.InvalidRequest("The `next_token` query parameter value is invalid"));
        }

        var query = FakeXQuery.Parse(text);
        var sinceId = request["since_id"];
        var matches = _tweets.Values
            .Where(t => query.Matches(t)
                && (sinceId is null || TweetIdComparer.Instance.Compare(t.Id, sinceId) > 0)
                && (below.Length == 0 || TweetIdComparer.Instance.Compare(t.Id, below) < 0))
            .Reverse()
            .Take(max + 1)
            .ToList();
        var page = matches.Take(max).ToList();
        TweetsServed += page.Count;
        var next = matches.Count > max ? TokenPrefix + page[^1].Id : null;
        var expandAuthors = (request["expansions"] ?? "").Split(',').Contains("author_id");
        return (StatusCodes.Status200OK, FakeXBodies.Search(page, next, fields, expandAuthors));
    }

    private (int Status, string Body) Lookup(FakeXRequest request, ISet<string> fields)
    {
        var ids = (request["ids"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length is 0 or > 100)
        {
            return (StatusCodes.Status400BadRequest, FakeXBodies.InvalidRequest("The `ids` query parameter value must hold 1 to 100 ids"));
        }

        var found = ids.Where(_tweets.ContainsKey).Select(id => _tweets[id]).ToList();
        TweetsServed += found.Count;
        var missing = ids.Where(id => !_tweets.ContainsKey(id)).ToList();
        return (StatusCodes.Status200OK, FakeXBodies.Lookup(found, missing, fields));
    }

    private void WriteRateLimitHeaders(HttpContext context, bool exhausted)
    {
        int remaining;
        DateTimeOffset reset;
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            if (now >= _windowReset)
            {
                _windowReset = now + Window;
                _remaining = RateLimitPerWindow;
            }

            _remaining = Math.Max(0, _remaining - 1);
            remaining = exhausted ? 0 : _remaining;
            reset = exhausted ? now.AddSeconds(1) : _windowReset;
        }

        context.Response.Headers["x-rate-limit-limit"] = RateLimitPerWindow.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = status == StatusCodes.Status200OK ? "application/json; charset=utf-8" : "application/problem+json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
