using HealthShire.Listener.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

public sealed class InsightsApiTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Trends_ByDay_CountTheSeededPosts()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(
            Seed.Post("t1", Topics.Adhd, question: true),
            Seed.Post("t2", Topics.Adhd, question: true, replies: 2, medicationQuestion: true),
            Seed.Post("t3", Topics.Adhd),
            Seed.Post("t4", Topics.Depression, crisis: true),
            Seed.Post("t5", Topics.Depression, age: TimeSpan.FromDays(3)));
        using var client = server.CreateClient();
        var from = Seed.Day(Seed.Now.AddDays(-6));
        var to = Seed.Day(Seed.Now);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/trends?interval=day&from={from}&to={to}", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal("day", json.RootElement.GetProperty("interval").GetString());
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("topic").GetString() ?? "");
        var adhd = series[Topics.Adhd].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(7, adhd.Count);
        Assert.Equal(from, adhd[0].GetProperty("start").GetString());
        Assert.Equal(3, adhd.Sum(p => p.GetProperty("posts").GetInt64()));
        Assert.Equal(2, adhd.Sum(p => p.GetProperty("questions").GetInt64()));
        Assert.Equal(1, adhd.Sum(p => p.GetProperty("medicationQuestions").GetInt64()));
        Assert.Equal(1, adhd.Sum(p => p.GetProperty("unanswered").GetInt64()));
        var depression = series[Topics.Depression].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, depression.Sum(p => p.GetProperty("posts").GetInt64()));
        Assert.Equal(1, depression.Sum(p => p.GetProperty("crisis").GetInt64()));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Trends_Defaults_TwelveWeeksOfWeekBuckets()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(Seed.Post("w1", Topics.Anxiety));
        using var client = server.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/trends?topic=anxiety", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal("week", json.RootElement.GetProperty("interval").GetString());
        var series = Assert.Single(json.RootElement.GetProperty("series").EnumerateArray());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(12, points.Count);
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(points[0].GetProperty("start").GetString() ?? "", System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.Equal(1, points.Sum(p => p.GetProperty("posts").GetInt64()));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Questions_ListOnlyOpenOnes_AndMarkedOnesLeave()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(
            Seed.Post("open1", Topics.Adhd, question: true, title: "Open one"),
            Seed.Post("open2", Topics.Anxiety, question: true, title: "Open two", medicationQuestion: true),
            Seed.Post("answered", Topics.Adhd, question: true, replies: 1),
            Seed.Post("crisisq", Topics.SelfHarmSuicide, question: true, crisis: true, title: "Crisis question"),
            Seed.Post("statement", Topics.Adhd),
            Seed.Post("old", Topics.Adhd, question: true, age: TimeSpan.FromDays(20)));
        using var client = server.CreateClient();

        var before = await GetIdsAsync(client, "/api/questions");
        using var marked = await client.PostAsJsonAsync(new Uri("/api/questions/reddit-open1/status", UriKind.Relative), new { status = "engaged" }, TestContext.Current.CancellationToken);
        var after = await GetIdsAsync(client, "/api/questions");
        var adhdOnly = await GetIdsAsync(client, "/api/questions?topic=anxiety");
        var wider = await GetIdsAsync(client, "/api/questions?maxAgeDays=30");
        using var crisis = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/crisis", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(["reddit-open2", "reddit-open1"], before.Order(StringComparer.Ordinal).Reverse());
        marked.EnsureSuccessStatusCode();
        Assert.Equal(["reddit-open2"], after);
        Assert.Equal(["reddit-open2"], adhdOnly);
        Assert.Contains("reddit-old", wider);
        Assert.Contains("988", crisis.RootElement.GetProperty("resourcesText").GetString(), StringComparison.Ordinal);
        Assert.Equal("reddit-crisisq", Assert.Single(crisis.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Questions_ItemHasTheDocumentedShape()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(Seed.Post("shape", Topics.Adhd, question: true, medicationQuestion: true, title: "Shape"));
        using var client = server.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/questions?pageSize=10", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(1, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(10, json.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt64());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        var names = item.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "id", "source", "community", "topic", "title", "excerpt", "url", "createdAt", "replyCount", "score", "medicationQuestion" },
            names);
        Assert.DoesNotContain(names, n => n.Contains("author", StringComparison.OrdinalIgnoreCase));
        Assert.True(item.GetProperty("medicationQuestion").GetBoolean());
    }

    private static async Task<List<string>> GetIdsAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString() ?? string.Empty)];
    }
}
