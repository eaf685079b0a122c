using System.Globalization;
using System.Text.Json.Nodes;

namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>Response bodies in the shapes X API v2 uses.</summary>
internal static class FakeXBodies
{
    public const string TooManyRequests =
        """{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""";

    public const string Unauthorized =
        """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""";

    public const string ServiceUnavailable =
        """{"title":"Service Unavailable","detail":"Service Unavailable","type":"about:blank","status":503}""";

    public const string Forbidden =
        """{"client_id":"1","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.","registration_url":"https://developer.x.com/","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}""";

    public static string InvalidRequest(string message) => new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject { ["message"] = message }),
        ["title"] = "Invalid Request",
        ["detail"] = "One or more parameters to your request was invalid.",
        ["type"] = "https://api.twitter.com/2/problems/invalid-request",
    }.ToJsonString();

    public static string Search(IReadOnlyList<FakeTweet> page, string? nextToken, ISet<string> fields, bool expandAuthors)
    {
        var meta = new JsonObject();
        var body = new JsonObject();
        if (page.Count > 0)
        {
            body["data"] = new JsonArray([.. page.Select(t => Tweet(t, fields))]);
            if (expandAuthors)
            {
                var users = page.Select(t => t.AuthorId).Distinct().Select(id => (JsonNode)new JsonObject
                {
                    ["id"] = id,
                    ["name"] = "Fake User " + id,
                    ["username"] = "fake_user_" + id,
                });
                body["includes"] = new JsonObject { ["users"] = new JsonArray([.. users]) };
            }

            meta["newest_id"] = page[0].Id;
            meta["oldest_id"] = page[^1].Id;
        }

        meta["result_count"] = page.Count;
        if (nextToken is not null)
        {
            meta["next_token"] = nextToken;
        }

        body["meta"] = meta;
        return body.ToJsonString();
    }

    public static string Lookup(IReadOnlyList<FakeTweet> found, IReadOnlyList<string> missing, ISet<string> fields)
    {
        var body = new JsonObject();
        if (found.Count > 0)
        {
            body["data"] = new JsonArray([.. found.Select(t => Tweet(t, fields))]);
        }

        if (missing.Count > 0)
        {
            body["errors"] = new JsonArray([.. missing.Select(id => (JsonNode)new JsonObject
            {
                ["value"] = id,
                ["detail"] = $"Could not find tweet with ids: [{id}].",
                ["title"] = "Not Found Error",
                ["resource_type"] = "tweet",
                ["parameter"] = "ids",
                ["resource_id"] = id,
                ["type"] = "https://api.twitter.com/2/problems/resource-not-found",
            })]);
        }

        return body.ToJsonString();
    }

    private static JsonNode Tweet(FakeTweet tweet, ISet<string> fields)
    {
        var node = new JsonObject
        {
            ["edit_history_tweet_ids"] = new JsonArray(tweet.Id),
            ["id"] = tweet.Id,
            ["text"] = tweet.Text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal),
        };
        Add(node, fields, "author_id", tweet.AuthorId);
        Add(node, fields, "conversation_id", tweet.Id);
        Add(node, fields, "created_at", tweet.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(node, fields, "lang", tweet.Lang);
        if (fields.Contains("public_metrics"))
        {
            node["public_metrics"] = new JsonObject
            {
                ["retweet_count"] = tweet.Retweets,
                ["reply_count"] = tweet.Replies,
                ["like_count"] = tweet.Likes,
                ["quote_count"] = 0,
                ["bookmark_count"] = 0,
                ["impression_count"] = tweet.Likes * 20,
            };
        }

        return node;
    }

    private static void Add(JsonObject node, ISet<string> fields, string field, string value)
    {
        if (fields.Contains(field))
        {
            node[field] = value;
        }
    }
}
