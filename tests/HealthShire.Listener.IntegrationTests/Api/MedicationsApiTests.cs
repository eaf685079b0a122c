using HealthShire.Listener.Testing;
using System.Net;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

public sealed class MedicationsApiTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Medications_CountsEachMedicationsLatestFullWeekAgainstTheWeekBefore()
    {
        await using var server = await ListenerServer.StartAsync();
        var lastWeek = TimeSpan.FromDays(7);
        var weekBefore = TimeSpan.FromDays(14);
        await server.SeedAsync(
            Seed.Post("m1", Topics.Adhd, age: lastWeek, medications: ["methylphenidate"]),
            Seed.Post("m2", Topics.Adhd, age: lastWeek, medications: ["amphetamine", "methylphenidate"]),
            Seed.Post("m3", Topics.Adhd, age: lastWeek, medications: ["methylphenidate"]),
            Seed.Post("m4", Topics.Adhd, age: weekBefore, medications: ["methylphenidate"]),
            Seed.Post("m5", Topics.Adhd, age: weekBefore, medications: ["methylphenidate"]),
            Seed.Post("q1", Topics.Adhd, question: true, medications: ["methylphenidate"]),
            Seed.Post("q2", Topics.Adhd, question: true, medications: ["methylphenidate"], flags: PostFlags.Reply));
        using var client = server.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/medications", UriKind.Relative), TestContext.Current.CancellationToken));

        var weekStart = json.RootElement.GetProperty("weekStart").GetString();
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(weekStart ?? "", System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        var medications = json.RootElement.GetProperty("medications").EnumerateArray().ToList();
        Assert.Equal(["methylphenidate", "amphetamine"], medications.Select(m => m.GetProperty("medication").GetString()));
        var methylphenidate = medications[0];
        Assert.Equal(3, methylphenidate.GetProperty("posts").GetInt64());
        Assert.Equal(2, methylphenidate.GetProperty("previousWeekPosts").GetInt64());
        Assert.Equal(0.5, methylphenidate.GetProperty("weekOverWeekChange").GetDouble(), 6);
        Assert.Equal(1, methylphenidate.GetProperty("openQuestions").GetInt64());
        Assert.Equal(JsonValueKind.Null, medications[1].GetProperty("weekOverWeekChange").ValueKind);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Medications_To_CountsTheLastFullWeekEndingByThatDay_AndABadDayIsRefused()
    {
        await using var server = await ListenerServer.StartAsync();
        var token = TestContext.Current.CancellationToken;
        await server.SeedAsync(
            Seed.Post("old1", Topics.Adhd, age: TimeSpan.FromDays(35), medications: ["methylphenidate"]),
            Seed.Post("old2", Topics.Adhd, age: TimeSpan.FromDays(35), medications: ["methylphenidate"]),
            Seed.Post("older", Topics.Adhd, age: TimeSpan.FromDays(42), medications: ["methylphenidate"]),
            Seed.Post("recent", Topics.Adhd, age: TimeSpan.FromDays(7), medications: ["sertraline"]));
        using var client = server.CreateClient();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-35));
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/medications?to={sunday}", UriKind.Relative), token));
        using var refused = await client.GetAsync(new Uri("/api/medications?to=2024-02-30", UriKind.Relative), token);

        Assert.Equal(monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("weekStart").GetString());
        var medication = Assert.Single(json.RootElement.GetProperty("medications").EnumerateArray());
        Assert.Equal(("methylphenidate", 2, 1), (medication.GetProperty("medication").GetString(), medication.GetProperty("posts").GetInt64(), medication.GetProperty("previousWeekPosts").GetInt64()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task QuestionsAndTrends_MedicationByBrandName_OnlyPostsNamingIt()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(
            Seed.Post("r1", Topics.Adhd, question: true, title: "I just started Ritalin. What should I expect?", medications: ["methylphenidate"]),
            Seed.Post("r2", Topics.Depression, question: true, medications: ["sertraline"]),
            Seed.Post("r3", Topics.Adhd, question: true, medications: ["methylphenidate"], flags: PostFlags.Reply),
            Seed.Post("r4", Topics.Adhd, medications: ["methylphenidate"]));
        using var client = server.CreateClient();

        using var questions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/questions?medication=Ritalin", UriKind.Relative), TestContext.Current.CancellationToken));
        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/questions", UriKind.Relative), TestContext.Current.CancellationToken));
        using var trends = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/trends?medication=ritalin&topic=adhd", UriKind.Relative), TestContext.Current.CancellationToken));

        var item = Assert.Single(questions.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("reddit-r1", item.GetProperty("id").GetString());
        Assert.Equal(["methylphenidate"], item.GetProperty("medications").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["reddit-r1", "reddit-r2"], all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order());
        var series = Assert.Single(trends.RootElement.GetProperty("series").EnumerateArray());
        Assert.Equal(3, series.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64()));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Medications_UnknownName_Returns400WithOneLine()
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/questions?medication=notadrug", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var detail = problem.RootElement.GetProperty("detail").GetString() ?? "";
        Assert.StartsWith("medication: must be a known medication", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", detail, StringComparison.Ordinal);
    }
}
