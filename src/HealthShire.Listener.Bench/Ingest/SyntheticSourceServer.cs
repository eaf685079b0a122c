using System.Globalization;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Ingest;

/// <summary>
/// A loopback server that answers Reddit listings and X recent searches from prepared texts, in the
/// real JSON shapes, as fast as it can: the ingest benchmark measures parse + classify + store.
/// </summary>
internal sealed class SyntheticSourceServer(IReadOnlyList<PostText> texts, int postsPerCommunity) : IAsyncDisposable
{
    private const int PageSize = 100;
    private static readonly DateTimeOffset Newest = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.MapPost("/api/v1/access_token", () => Results.Json(new { access_token = "bench", token_type = "bearer", expires_in = 3600 }));
        _app.MapGet("/r/{community}/new", (HttpContext http, string community) => WriteListingAsync(http, community));
        _app.MapGet("/r/{community}/new.json", (HttpContext http, string community) => WriteListingAsync(http, community));
        _app.MapGet("/2/tweets/search/recent", WriteSearchAsync);
        await _app.StartAsync(cancellationToken);
        BaseUrl = _app.Urls.First();
    }

    private async Task WriteListingAsync(HttpContext http, string community)
    {
        var after = http.Request.Query["after"].ToString();
        var start = after.Length == 0 ? 0 : int.Parse(after.AsSpan(after.LastIndexOf('_') + 1), CultureInfo.InvariantCulture) + 1;
        var end = Math.Min(start + PageSize, postsPerCommunity);
        http.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("kind", "Listing");
        json.WriteStartObject("data");
        if (end < postsPerCommunity)
        {
            json.WriteString("after", $"t3_{community}_{end - 1}");
        }
        else
        {
            json.WriteNull("after");
        }

        json.WriteStartArray("children");
        for (var i = start; i < end; i++)
        {
            var text = texts[((community.GetHashCode(StringComparison.Ordinal) & 0xffff) + i) % texts.Count];
            var id = $"{community}_{i}";
            json.WriteStartObject();
            json.WriteString("kind", "t3");
            json.WriteStartObject("data");
            json.WriteString("id", id);
            json.WriteString("name", "t3_" + id);
            json.WriteString("subreddit", community);
            json.WriteString("title", text.Title);
            json.WriteString("selftext", text.Body);
            json.WriteString("author", "bench_user_" + (i % 500).ToString(CultureInfo.InvariantCulture));
            json.WriteString("permalink", $"/r/{community}/comments/{id}/");
            json.WriteNumber("created_utc", Newest.AddMinutes(-i).ToUnixTimeSeconds());
            json.WriteNumber("score", i % 40);
            json.WriteNumber("num_comments", i % 3);
            json.WriteBoolean("over_18", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private async Task WriteSearchAsync(HttpContext http)
    {
        var token = http.Request.Query["next_token"].ToString();
        var start = token.Length == 0 ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
        var end = Math.Min(start + PageSize, postsPerCommunity);
        // Each query gets its own id range, as different searches find different tweets.
        var top = 1_900_000_000_000_000_000L - (StableHash(http.Request.Query["query"].ToString()) % 1_000_000L * 10_000L);
        http.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteStartArray("data");
        for (var i = start; i < end; i++)
        {
            var text = texts[i % texts.Count];
            var id = (top - i).ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("text", text.Title + " " + text.Body);
            json.WriteString("author_id", (1000 + (i % 500)).ToString(CultureInfo.InvariantCulture));
            json.WriteString("conversation_id", id);
            json.WriteString("lang", "en");
            json.WriteString("created_at", Newest.AddSeconds(-i).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("public_metrics");
            json.WriteNumber("reply_count", i % 3);
            json.WriteNumber("like_count", i % 40);
            json.WriteNumber("retweet_count", 0);
            json.WriteNumber("quote_count", 0);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("meta");
        json.WriteNumber("result_count", end - start);
        if (end > start)
        {
            json.WriteString("newest_id", (top - start).ToString(CultureInfo.InvariantCulture));
            json.WriteString("oldest_id", (top - (end - 1)).ToString(CultureInfo.InvariantCulture));
        }

        if (end < postsPerCommunity)
        {
            json.WriteString("next_token", end.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>FNV-1a: the same for a query in every process (string hash codes are randomised per process).</summary>
    private static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 1);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
