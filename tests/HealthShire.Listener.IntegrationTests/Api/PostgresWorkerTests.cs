using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>The real worker (API, scheduler) on the PostgreSQL store: two nodes on one database, clustered.</summary>
public sealed class PostgresWorkerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TwoWorkersOnOneDatabase_ServeTheSameCountsAndQuestionsAndRunOneClusteredScheduler()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
        };
        var nodes = await Task.WhenAll(ListenerServer.StartAsync(settings), ListenerServer.StartAsync(settings));
        await using var first = nodes[0];
        await using var second = nodes[1];
        await first.SeedAsync(
            Seed.Post("open1", Topics.Adhd, question: true, title: "<script>alert(1)</script> Open one"),
            Seed.Post("answered", Topics.Adhd, question: true, replies: 1),
            Seed.Post("crisisq", Topics.SelfHarmSuicide, question: true, crisis: true));
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        // Written through the first node, read through the second.
        using var trends = JsonDocument.Parse(await secondClient.GetStringAsync(new Uri("/api/trends?topic=adhd", UriKind.Relative), TestContext.Current.CancellationToken));
        var points = Assert.Single(trends.RootElement.GetProperty("series").EnumerateArray()).GetProperty("points").EnumerateArray().ToList();
        Assert.Equal((2L, 2L, 1L), (points.Sum(p => p.GetProperty("posts").GetInt64()), points.Sum(p => p.GetProperty("questions").GetInt64()), points.Sum(p => p.GetProperty("unanswered").GetInt64())));

        using var questions = JsonDocument.Parse(await secondClient.GetStringAsync(new Uri("/api/questions", UriKind.Relative), TestContext.Current.CancellationToken));
        var item = Assert.Single(questions.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("<script>alert(1)</script> Open one", item.GetProperty("title").GetString());
        var id = item.GetProperty("id").GetString();
        using var mark = await firstClient.PostAsJsonAsync(new Uri($"/api/questions/{id}/status", UriKind.Relative), new { status = "engaged" }, TestContext.Current.CancellationToken);
        Assert.True(mark.IsSuccessStatusCode, await mark.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var after = JsonDocument.Parse(await secondClient.GetStringAsync(new Uri("/api/questions", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Empty(after.RootElement.GetProperty("items").EnumerateArray());

        var schedulers = await Task.WhenAll(nodes.Select(n => n.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask()));
        foreach (var scheduler in schedulers)
        {
            var metadata = await scheduler.GetMetadata(TestContext.Current.CancellationToken);
            Assert.True(metadata.JobStoreClustered);
        }

        Assert.NotEqual(schedulers[0].SchedulerInstanceId, schedulers[1].SchedulerInstanceId);
        Assert.Equal(HttpStatusCode.OK, (await firstClient.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }
}
