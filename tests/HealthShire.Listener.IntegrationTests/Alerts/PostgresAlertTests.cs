using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>The alerts on the PostgreSQL store: the same deliveries, and one send between two nodes that run at once.</summary>
public sealed class PostgresAlertTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Run_OnPostgres_SendsOnceAcrossRunsRestartsAndTwoNodesAtOnce()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var sinks = await AlertSinks.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
        };
        await using (var setup = await AlertHarness.StartAsync(sinks, settings))
        {
            await setup.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
            await setup.SeedAsync(AlertPosts.Rising(Topics.Bipolar, latest: 4, medications: ["lithium"], prefix: "m"));
            await setup.SeedAsync(AlertPosts.Crisis("bipolar", thisWeek: 3));
            await setup.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, "ann@clinic.example", sinks.Webhook.Url));
            await setup.AddRuleAsync(new NewAlertRule(AlertKind.Medication, "lithium", 3, null, sinks.Webhook.Url));
            await setup.AddRuleAsync(new NewAlertRule(AlertKind.Crisis, "bipolar", 2, "staff@clinic.example", null));
            await setup.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Depression, 1, "ann@clinic.example", null));
        }

        // Two nodes on one database run the job at the same moment.
        await using var nodeA = await AlertHarness.StartAsync(sinks, settings);
        await using var nodeB = await AlertHarness.StartAsync(sinks, settings);
        var results = await Task.WhenAll(nodeA.RunAsync(), nodeB.RunAsync());
        nodeA.Time.Advance(TimeSpan.FromMinutes(15));
        var again = await nodeA.RunAsync();

        Assert.Equal(4, results.Sum(r => r.Sent));
        Assert.Equal(0, results.Sum(r => r.Failed));
        Assert.Equal((3, 0, 4), (again.Fired, again.Sent, again.AlreadySent));
        Assert.Equal(["ann@clinic.example", "staff@clinic.example"], sinks.Received().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(["adhd", "lithium"], sinks.Webhook.Accepted.Select(b => b.GetProperty("subject").GetString()).Order());
        Assert.Equal(0, sinks.Webhook.BadSignatures);

        var fired = await nodeB.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken);
        Assert.Equal(
            [(AlertKind.Crisis, "bipolar", "2026-W47", 3.0), (AlertKind.Topic, "adhd", "2026-W46", 5.0), (AlertKind.Medication, "lithium", "2026-W46", 7.0)],
            fired.Select(f => (f.Kind, f.Subject, f.Period, f.Value)).OrderBy(f => f.Kind == AlertKind.Crisis ? 0 : 1).ThenBy(f => f.Subject, StringComparer.Ordinal));
        Assert.All(fired, f => Assert.Equal(AlertHarness.Now, f.FiredAt));

        var rules = await nodeB.Store.ListRulesAsync(TestContext.Current.CancellationToken);
        Assert.Equal(4, rules.Count);
        Assert.True(await nodeB.Store.RemoveRuleAsync(rules[0].Id, TestContext.Current.CancellationToken));
        Assert.False(await nodeB.Store.RemoveRuleAsync(rules[0].Id, TestContext.Current.CancellationToken));
        Assert.Equal(2, (await nodeB.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken)).Count);
    }
}
