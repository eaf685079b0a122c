using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Api.Dashboard;

/// <summary>The dashboard's data calls, run the same way on each store (<see cref="DashboardApiTests"/>, <see cref="PostgresDashboardApiTests"/>).</summary>
internal static class DashboardScenarios
{
    public static async Task TrendsGroupedBySourceAndCommunityAsync(ListenerServer server)
    {
        await server.SeedAsync(
            Seed.Post("g1", Topics.Bipolar, community: "bipolar"),
            Seed.Post("g2", Topics.Bipolar, community: "bipolar", age: TimeSpan.FromDays(8)),
            Seed.Post("g3", Topics.Anxiety, community: "Anxiety"),
            Seed.Post("g4", Topics.Depression, source: "mastodon", community: "depression"));
        using var client = server.CreateClient();

        using var bySource = await GetJsonAsync(client, "/api/trends?groupBy=source");
        using var byCommunity = await GetJsonAsync(client, "/api/trends?groupBy=community&source=reddit&interval=day");
        using var byTopic = await GetJsonAsync(client, "/api/trends");

        var root = bySource.RootElement;
        Assert.Equal("source", root.GetProperty("groupBy").GetString());
        Assert.Equal("Europe/Berlin", root.GetProperty("timeZone").GetString());
        var sources = root.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["reddit", "mastodon"], sources.Select(s => s.GetProperty("key").GetString()));
        Assert.All(sources, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("topic").ValueKind));
        Assert.Equal([3L, 1L], sources.Select(s => s.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64())));
        var totals = root.GetProperty("totals").EnumerateArray().ToList();
        Assert.Equal(12, totals.Count);
        Assert.Equal(4, totals.Sum(t => t.GetProperty("posts").GetInt64()));

        // Only the current week is partial, in the totals and in every series.
        Assert.Equal([.. Enumerable.Repeat(false, 11), true], totals.Select(t => t.GetProperty("partial").GetBoolean()));
        Assert.True(sources[0].GetProperty("points").EnumerateArray().Last().GetProperty("partial").GetBoolean());
        Assert.False(sources[0].GetProperty("points").EnumerateArray().First().GetProperty("partial").GetBoolean());

        var communities = byCommunity.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["bipolar", "Anxiety"], communities.Select(s => s.GetProperty("key").GetString()));
        var days = byCommunity.RootElement.GetProperty("totals").EnumerateArray().ToList();
        Assert.True(days[^1].GetProperty("partial").GetBoolean());
        Assert.False(days[^2].GetProperty("partial").GetBoolean());

        var topics = byTopic.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(Topics.All, topics.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(Topics.All, topics.Select(s => s.GetProperty("topic").GetString()));
        Assert.Equal("topic", byTopic.RootElement.GetProperty("groupBy").GetString());
    }

    public static async Task PostsBehindAPointAsync(ListenerServer server)
    {
        await server.SeedAsync(
            Seed.Post("d1", Topics.Adhd, question: true, medicationQuestion: true, community: "ADHD", title: "Ritalin dose", body: new string('x', 30) + " " + string.Concat(Enumerable.Repeat("word ", 400)), medications: ["methylphenidate"]),
            Seed.Post("d2", Topics.Adhd, crisis: true),
            Seed.Post("d3", Topics.Adhd, flags: PostFlags.Deleted),
            Seed.Post("d4", Topics.Anxiety, age: TimeSpan.FromDays(20)),
            Seed.Post("d5", Topics.Adhd, age: TimeSpan.FromDays(100)),
            Seed.Post("d6", Topics.Adhd, source: "mastodon", community: "adhd", age: TimeSpan.FromHours(2), replies: 4));
        using var client = server.CreateClient();

        using var adhd = await GetJsonAsync(client, "/api/posts?topic=adhd");
        using var second = await GetJsonAsync(client, "/api/posts?topic=adhd&page=2&pageSize=1");
        using var ritalin = await GetJsonAsync(client, "/api/posts?medication=Ritalin");
        using var anxiety = await GetJsonAsync(client, $"/api/posts?topic=anxiety&from={Seed.Day(Seed.Now.AddDays(-21))}&to={Seed.Day(Seed.Now.AddDays(-19))}");
        using var mastodon = await GetJsonAsync(client, "/api/posts?source=mastodon&community=adhd");
        using var refused = await client.GetAsync(new Uri("/api/posts?pageSize=0", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(2, adhd.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(50, adhd.RootElement.GetProperty("pageSize").GetInt32());
        var posts = adhd.RootElement.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(["reddit-d1", "mastodon-d6"], posts.Select(p => p.GetProperty("id").GetString()));
        var first = posts[0];
        Assert.Equal("reddit", first.GetProperty("source").GetString());
        Assert.Equal("ADHD", first.GetProperty("community").GetString());
        Assert.Equal("Ritalin dose", first.GetProperty("title").GetString());
        Assert.InRange(first.GetProperty("excerpt").GetString()?.Length ?? 0, 100, 280);
        Assert.Equal("https://www.reddit.com/r/ADHD/comments/d1/", first.GetProperty("url").GetString());
        Assert.Equal(Topics.Adhd, first.GetProperty("topic").GetString());
        Assert.Equal(["question", "medication", "medication_question"], first.GetProperty("intents").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["methylphenidate"], first.GetProperty("medications").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(TimeSpan.Zero, first.GetProperty("createdAt").GetDateTimeOffset().Offset);
        Assert.Equal(4, posts[1].GetProperty("replyCount").GetInt32());
        Assert.Empty(posts[1].GetProperty("intents").EnumerateArray());

        Assert.Equal(2, second.RootElement.GetProperty("total").GetInt64());
        Assert.Equal("mastodon-d6", Assert.Single(second.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("reddit-d1", Assert.Single(ritalin.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("reddit-d4", Assert.Single(anxiety.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("mastodon-d6", Assert.Single(mastodon.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("pageSize", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    public static async Task MarkUndoneWithOpenAsync(ListenerServer server)
    {
        await server.SeedAsync(Seed.Post("u1", Topics.Depression, question: true), Seed.Post("u2", Topics.Depression, question: true));
        using var client = server.CreateClient();

        await PostStatusAsync(client, "reddit-u1", "engaged", HttpStatusCode.OK);
        using var marked = await GetJsonAsync(client, "/api/questions");
        await PostStatusAsync(client, "reddit-u1", "open", HttpStatusCode.OK);
        await PostStatusAsync(client, "reddit-u2", "open", HttpStatusCode.OK);
        using var undone = await GetJsonAsync(client, "/api/questions");
        await PostStatusAsync(client, "reddit-nope", "open", HttpStatusCode.NotFound);

        Assert.Equal(1, marked.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(2, undone.RootElement.GetProperty("total").GetInt64());
    }

    public static async Task KeywordSearchAsync(ListenerServer server)
    {
        await server.SeedAsync(
            Seed.Post("s1", Topics.Adhd, question: true, title: "Trouble sleeping on Ritalin"),
            Seed.Post("s2", Topics.Adhd, question: true, body: "My sleep is fine, but the café is loud."),
            Seed.Post("s3", Topics.Anxiety, question: true, title: "Panic at night"),
            Seed.Post("s4", Topics.Depression, crisis: true, title: "Sleeping forever"),
            Seed.Post("s5", Topics.Bipolar, title: "Lithium tremor", age: TimeSpan.FromDays(30)));
        using var client = server.CreateClient();

        using var sleep = await GetJsonAsync(client, "/api/posts?q=sleep");
        using var both = await GetJsonAsync(client, "/api/posts?q=Ritalin%20sleep");
        using var panic = await GetJsonAsync(client, "/api/questions?q=PANIC&maxAgeDays=90");
        using var hostile = await GetJsonAsync(client, "/api/questions?q=" + Uri.EscapeDataString("\"OR title:* NEAR( AND -x ^y"));
        using var tremor = await GetJsonAsync(client, "/api/posts?q=tremor");
        using var noWord = await client.GetAsync(new Uri("/api/posts?q=%20*%20", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(["reddit-s1", "reddit-s2"], sleep.RootElement.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order());
        Assert.Equal(2, sleep.RootElement.GetProperty("total").GetInt64());
        Assert.Equal("reddit-s1", Assert.Single(both.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1, panic.RootElement.GetProperty("total").GetInt64());
        Assert.Equal("reddit-s3", Assert.Single(panic.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, hostile.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(1, tremor.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, noWord.StatusCode);
        Assert.Contains("q: must hold at least one word", await noWord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // Retention clears old text: the index follows, so the cleared post no longer matches.
        await server.Services.GetRequiredService<IInsightsStore>().ClearTextOlderThanAsync(Seed.Now.AddDays(-10), TestContext.Current.CancellationToken);
        using var cleared = await GetJsonAsync(client, "/api/posts?q=tremor");
        Assert.Equal(0, cleared.RootElement.GetProperty("total").GetInt64());
    }

    public static async Task ListsStateTheirWindowAsync(ListenerServer server)
    {
        await server.SeedAsync(
            Seed.Post("c1", Topics.Depression, crisis: true),
            Seed.Post("c2", Topics.Depression, crisis: true, age: TimeSpan.FromHours(2)),
            Seed.Post("c3", Topics.Depression, crisis: true, age: TimeSpan.FromDays(20)),
            Seed.Post("q1", Topics.Depression, question: true, age: TimeSpan.FromDays(20)));
        using var client = server.CreateClient();

        using var crisis = await GetJsonAsync(client, "/api/crisis?page=2&pageSize=1");
        using var wide = await GetJsonAsync(client, "/api/crisis?maxAgeDays=30");
        using var questions = await GetJsonAsync(client, "/api/questions");
        using var wider = await GetJsonAsync(client, "/api/questions?maxAgeDays=30");

        Assert.Equal((2L, 2, 1, 7), (crisis.RootElement.GetProperty("total").GetInt64(), crisis.RootElement.GetProperty("page").GetInt32(), crisis.RootElement.GetProperty("pageSize").GetInt32(), crisis.RootElement.GetProperty("maxAgeDays").GetInt32()));
        Assert.Equal("reddit-c2", Assert.Single(crisis.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal((3L, 30), (wide.RootElement.GetProperty("total").GetInt64(), wide.RootElement.GetProperty("maxAgeDays").GetInt32()));
        Assert.Equal((0L, 7), (questions.RootElement.GetProperty("total").GetInt64(), questions.RootElement.GetProperty("maxAgeDays").GetInt32()));
        Assert.Equal((1L, 30), (wider.RootElement.GetProperty("total").GetInt64(), wider.RootElement.GetProperty("maxAgeDays").GetInt32()));
    }

    public static async Task StatusSaysWhenEachSourceLastCollectedAsync(ListenerServer server)
    {
        var collectedAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        await server.Services.GetRequiredService<IPostStore>().SaveBatchAsync(
            [Seed.Post("st1", Topics.Adhd)], [new Checkpoint("reddit", "r/adhd", "t3_abc", collectedAt)], TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        using var anonymous = server.CreateClient(apiKey: null);

        using var status = await GetJsonAsync(client, "/api/status");
        using var refused = await anonymous.GetAsync(new Uri("/api/status", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("Europe/Berlin", status.RootElement.GetProperty("timeZone").GetString());
        Assert.Equal(collectedAt, status.RootElement.GetProperty("lastCollectedAt").GetDateTimeOffset());
        var sources = status.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString() ?? "");
        Assert.Equal(collectedAt, sources["reddit"].GetProperty("lastCollectedAt").GetDateTimeOffset());
        Assert.False(sources["reddit"].GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sources["x"].GetProperty("lastCollectedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    public static async Task CommunityNamesAsWrittenAsync(ListenerServer server)
    {
        await server.SeedAsync(
            Seed.Post("n1", Topics.Bipolar, community: "bipolar"),
            Seed.Post("n2", Topics.Bipolar, community: "BipolarReddit"),
            Seed.Post("n3", Topics.Depression, question: true, source: "mastodon", community: "depression"));
        using var client = server.CreateClient();

        using var trends = await GetJsonAsync(client, "/api/trends?community=r/bipolar");
        using var posts = await GetJsonAsync(client, "/api/posts?community=/r/BIPOLARREDDIT");
        using var tag = await GetJsonAsync(client, "/api/questions?source=mastodon&community=%23Depression");
        using var missing = await GetJsonAsync(client, "/api/posts?community=r/bipolarr");
        using var communities = await GetJsonAsync(client, "/api/communities");
        using var empty = await client.GetAsync(new Uri("/api/posts?community=r/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(JsonValueKind.Null, trends.RootElement.GetProperty("communityHint").ValueKind);
        Assert.Equal(1, trends.RootElement.GetProperty("totals").EnumerateArray().Sum(t => t.GetProperty("posts").GetInt64()));
        Assert.Equal("reddit-n2", Assert.Single(posts.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("mastodon-n3", Assert.Single(tag.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, missing.RootElement.GetProperty("total").GetInt64());
        var hint = missing.RootElement.GetProperty("communityHint").GetString() ?? "";
        Assert.Contains("'bipolarr'", hint, StringComparison.Ordinal);
        Assert.Contains("include: BipolarReddit, bipolar, depression.", hint, StringComparison.Ordinal);
        Assert.Equal(
            ["mastodon/depression", "reddit/BipolarReddit", "reddit/bipolar"],
            communities.RootElement.GetProperty("communities").EnumerateArray().Select(c => c.GetProperty("source").GetString() + "/" + c.GetProperty("community").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static async Task PostStatusAsync(HttpClient client, string id, string status, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(new Uri($"/api/questions/{id}/status", UriKind.Relative), new { status }, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
    }

    public static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
