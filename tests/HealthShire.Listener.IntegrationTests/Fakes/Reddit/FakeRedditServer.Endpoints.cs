using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace HealthShire.Listener.IntegrationTests.Fakes.Reddit;

/// <summary>The normal answers of the fake server, before any fault is applied.</summary>
internal sealed partial class FakeRedditServer
{
    private const int DefaultLimit = 25;
    private const int MaxLimit = 100;

    private async Task<(int Status, string Body)> AnswerAsync(HttpContext context, string path)
    {
        if (path == "/api/v1/access_token" && context.Request.Method == HttpMethods.Post)
        {
            return await IssueTokenAsync(context);
        }

        var isPublic = path.EndsWith(".json", StringComparison.Ordinal);
        var route = isPublic ? path[..^".json".Length] : path;
        if (!isPublic && !HasValidToken(context.Request))
        {
            return (401, FakeRedditJson.Error(401, "Unauthorized"));
        }

        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["r", var subreddit, "new"] => Listing(subreddit, context.Request.Query),
            ["api", "info"] => Info(context.Request.Query["id"].ToString()),
            _ => (404, FakeRedditJson.Error(404, "Not Found")),
        };
    }

    private async Task<(int Status, string Body)> IssueTokenAsync(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
        if (context.Request.Headers.Authorization.ToString() != expected)
        {
            return (401, FakeRedditJson.Error(401, "Unauthorized"));
        }

        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials")
        {
            return (200, """{"error": "unsupported_grant_type"}""");
        }

        var token = "fake-token-" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _tokens[token] = DateTimeOffset.UtcNow + TokenLifetime;
        }

        return (200, FakeRedditJson.Token(token, TokenLifetime));
    }

    private bool HasValidToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        lock (_gate)
        {
            return _tokens.TryGetValue(header[scheme.Length..], out var expires) && expires > DateTimeOffset.UtcNow;
        }
    }

    private (int Status, string Body) Listing(string subreddit, IQueryCollection query)
    {
        lock (_gate)
        {
            if (_subredditStatus.TryGetValue(subreddit, out var status))
            {
                var reason = status == HttpStatusCode.Forbidden ? "private" : "banned";
                return ((int)status, FakeRedditJson.Error((int)status, status.ToString(), reason));
            }

            var newestFirst = (_posts.TryGetValue(subreddit, out var list) ? list : [])
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal).ToList();
            var start = 0;
            if (query["after"].ToString() is { Length: > 0 } after)
            {
                var index = newestFirst.FindIndex(p => p.Fullname == after);
                start = index < 0 ? newestFirst.Count : index + 1;
            }

            var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
                ? Math.Clamp(asked, 1, MaxLimit)
                : DefaultLimit;
            var page = newestFirst.Skip(start).Take(limit).ToList();
            var nextAfter = start + page.Count < newestFirst.Count && page.Count > 0 ? page[^1].Fullname : null;
            return (200, FakeRedditJson.Listing(page, nextAfter));
        }
    }

    private (int Status, string Body) Info(string ids)
    {
        var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            var found = _posts.Values.SelectMany(p => p).Where(p => wanted.Contains(p.Fullname)).ToList();
            return (200, FakeRedditJson.Listing(found, null));
        }
    }
}
