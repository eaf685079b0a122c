using System.Collections.Concurrent;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Mapping;

/// <summary>
/// A loopback server answering Mastodon hashtag timelines and RSS feeds from bodies prepared before the clock starts,
/// so the figure is the sources' own HTTP read, parse and map. It runs in the bench process (it only copies bytes).
/// </summary>
internal sealed class MappingServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Dictionary<string, (byte[] Body, string? Link)>> _timelines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _feeds = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.MapGet("/api/v1/timelines/tag/{tag}", WriteTimelineAsync);
        _app.MapGet("/feeds/{name}.xml", WriteFeedAsync);
        await _app.StartAsync(cancellationToken);
        BaseUrl = _app.Urls.First().TrimEnd('/');
    }

    public void AddTag(string tag, int statuses, long firstId, IReadOnlyList<PostText> texts) =>
        _timelines[tag] = MappingBodies.TimelinePages(BaseUrl, tag, statuses, firstId, texts);

    public void AddFeed(string name, int feed, int items, IReadOnlyList<PostText> texts) =>
        _feeds[name] = MappingBodies.RssFeed(BaseUrl, feed, items, texts);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task WriteTimelineAsync(HttpContext http, string tag)
    {
        var maxId = http.Request.Query["max_id"].ToString();
        if (!_timelines.TryGetValue(tag, out var pages) || !pages.TryGetValue(maxId, out var page))
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("[]", http.RequestAborted);
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers["Link"] = page.Link;
        await http.Response.Body.WriteAsync(page.Body, http.RequestAborted);
    }

    private async Task WriteFeedAsync(HttpContext http, string name)
    {
        if (!_feeds.TryGetValue(name, out var body))
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "application/rss+xml; charset=UTF-8";
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
