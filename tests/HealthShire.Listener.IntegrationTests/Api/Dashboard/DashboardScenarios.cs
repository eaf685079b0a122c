using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Testing;

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

    public static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
