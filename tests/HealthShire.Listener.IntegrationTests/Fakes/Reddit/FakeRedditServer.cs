using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>
/// A Reddit look-alike on 127.0.0.1: the token endpoint, <c>/r/{sub}/new</c> and <c>/api/info</c>, with
/// and without <c>.json</c> (the bare paths want a bearer token, as oauth.reddit.com does), rate-limit
/// headers, injectable faults and a record of every request. Serves both ApiBaseUrl and AuthBaseUrl.
/// </summary>
internal sealed partial class FakeRedditServer(string clientId = "fake-client-id", string clientSecret = "fake-client-secret") : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<FakeRedditPost>> _posts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HttpStatusCode> _subredditStatus = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly List<(FakeRedditFault Fault, string? UrlContains)> _faults = [];
    private readonly List<FakeRedditRequest> _requests = [];
    private WebApplication? _app;
    private int _used;

    public string ClientId => clientId;

    public string ClientSecret => clientSecret;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>; set by <see cref="StartAsync"/>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The expires_in of issued tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests per window before X-Ratelimit-Remaining reaches 0 (the server never enforces it).</summary>
    public int RateLimitBudget { get; set; } = 600;

    /// <summary>The X-Ratelimit-Reset value sent, in seconds.</summary>
    public int RateLimitResetSeconds { get; set; } = 300;

    /// <summary>Called with the path as each request arrives, before any delay (recorded requests are added when answered).</summary>
    public Action<string>? RequestStarted { get; set; }

    public IReadOnlyList<FakeRedditRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    /// <summary>Adds posts to a subreddit; listings serve them newest first whatever the order added.</summary>
    public void AddPosts(string subreddit, params FakeRedditPost[] posts)
    {
        lock (_gate)
        {
            if (!_posts.TryGetValue(subreddit, out var list))
            {
                _posts[subreddit] = list = [];
            }

            list.AddRange(posts.Select(p => p with { Subreddit = subreddit }));
        }
    }

    /// <summary>Changes a stored post, e.g. to mark it deleted (<c>Author = "[deleted]"</c>) or removed.</summary>
    public void UpdatePost(string id, Func<FakeRedditPost, FakeRedditPost> change)
    {
        lock (_gate)
        {
            foreach (var list in _posts.Values)
            {
                var index = list.FindIndex(p => p.Id == id);
                if (index >= 0)
                {
                    list[index] = change(list[index]) with { Subreddit = list[index].Subreddit };
                }
            }
        }
    }

    /// <summary>Makes a post vanish from listings and from /api/info.</summary>
    public void RemovePost(string id)
    {
        lock (_gate)
        {
            foreach (var list in _posts.Values)
            {
                list.RemoveAll(p => p.Id == id);
            }
        }
    }

    /// <summary>Answers every request for the subreddit with this status (403 private, 404 banned).</summary>
    public void SetSubredditStatus(string subreddit, HttpStatusCode status)
    {
        lock (_gate)
        {
            _subredditStatus[subreddit] = status;
        }
    }

    /// <summary>Invalidates every issued token, so the next API request gets 401.</summary>
    public void RevokeTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    /// <summary>
    /// Queues a fault for the next <paramref name="times"/> requests whose path and query contain
    /// <paramref name="urlContains"/> (default: any request but the token endpoint).
    /// </summary>
    public void InjectFault(FakeRedditFault fault, int times = 1, string? urlContains = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((fault, urlContains));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        RequestStarted?.Invoke(path);
        var fault = TakeFault(path, request.QueryString.Value ?? "");
        if (fault is { Kind: FakeRedditFaultKind.Slow })
        {
            await Task.Delay(fault.Delay, context.RequestAborted);
        }

        var (status, body) = fault switch
        {
            { Kind: FakeRedditFaultKind.Status } => ((int)fault.Status, FakeRedditJson.Error((int)fault.Status, fault.Status.ToString())),
            { Kind: FakeRedditFaultKind.TooManyRequests } => (429, FakeRedditJson.Error(429, "Too Many Requests")),
            { Kind: FakeRedditFaultKind.Redirect } => (302, string.Empty),
            _ => await AnswerAsync(context, path),
        };
        if (status == 200)
        {
            body = fault?.Kind switch
            {
                FakeRedditFaultKind.TruncatedBody => body[..(body.Length / 2)],
                FakeRedditFaultKind.MalformedJson => "<html><body>upstream trouble</body></html>",
                FakeRedditFaultKind.WrongShape => """{"kind":"Listing","data":{"children":"not a list"}}""",
                FakeRedditFaultKind.BadItems => body.Replace("\"title\":\"BAD-ESCAPE\"", "\"title\":\"\\ud800\"", StringComparison.Ordinal)
                    .Replace("\"id\":\"badnum\"", "\"id\":12", StringComparison.Ordinal),
                _ => body,
            };
        }

        lock (_gate)
        {
            _requests.Add(new FakeRedditRequest(
                request.Method, path, request.QueryString.Value ?? "", request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
                request.Headers.UserAgent.ToString(), status));
        }

        var response = context.Response;
        response.StatusCode = status;
        if (fault is { Kind: FakeRedditFaultKind.TooManyRequests })
        {
            response.Headers.RetryAfter = ((int)fault.Delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            WriteRateLimitHeaders(response);
        }

        response.ContentType = "application/json; charset=UTF-8";
        switch (fault?.Kind)
        {
            case FakeRedditFaultKind.Redirect:
                response.Headers.Location = fault.Location;
                break;
            case FakeRedditFaultKind.SlowBody:
                await response.WriteAsync(body[..(body.Length / 2)], Encoding.UTF8, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(fault.Delay, context.RequestAborted);
                await response.WriteAsync(body[(body.Length / 2)..], Encoding.UTF8, context.RequestAborted);
                break;
            case FakeRedditFaultKind.EndlessBody:
                var padding = new string(' ', 64 * 1024);
                await response.WriteAsync("{\"kind\":\"Listing\",\"data\":{\"children\":[", Encoding.UTF8, context.RequestAborted);
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await response.WriteAsync(padding, Encoding.UTF8, context.RequestAborted);
                }

                break;
            default:
                await response.WriteAsync(body, Encoding.UTF8);
                break;
        }
    }

    private FakeRedditFault? TakeFault(string path, string query)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.UrlContains is { } part
                ? (path + query).Contains(part, StringComparison.OrdinalIgnoreCase)
                : !path.StartsWith("/api/v1/", StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    private void WriteRateLimitHeaders(HttpResponse response)
    {
        var used = Interlocked.Increment(ref _used);
        response.Headers["X-Ratelimit-Used"] = used.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Ratelimit-Remaining"] = Math.Max(0, RateLimitBudget - used).ToString("0.0", CultureInfo.InvariantCulture);
        response.Headers["X-Ratelimit-Reset"] = RateLimitResetSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
