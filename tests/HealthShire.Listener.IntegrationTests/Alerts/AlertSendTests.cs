using System.Text.Json;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Posts;
using MimeKit;

namespace HealthShire.Listener.IntegrationTests.Alerts;

public sealed class AlertSendTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_TopicOverItsThreshold_SendsOneEmailAndOneSignedWebhook()
    {
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks);
        await harness.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
        var rule = await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, "ann@clinic.example", sinks.Webhook.Url));

        var result = await harness.RunAsync();

        Assert.Equal((1, 2, 0), (result.Fired, result.Sent, result.Failed));
        var mail = Assert.Single(sinks.Received());
        Assert.Equal("ann@clinic.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal("alerts@clinic.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal("HealthShire alert: topic ADHD is rising (z-score 5.0, week of 9 Nov 2026)", mail.Subject);
        Assert.Equal(["text/plain", "text/html"], Assert.IsType<MultipartAlternative>(mail.Body).Select(p => p.ContentType.MimeType));
        Assert.Contains("3 posts about ADHD in the week of 9 Nov 2026, against 0.5 a week over the 8 weeks before: a z-score of 5.0", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("alerts remove " + rule.Id, mail.HtmlBody, StringComparison.Ordinal);

        Assert.Equal(0, sinks.Webhook.BadSignatures);
        var body = Assert.Single(sinks.Webhook.Accepted);
        Assert.Equal(["kind", "subject", "period", "value", "threshold", "firedAt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("topic", "adhd", "2026-W46"), (body.GetProperty("kind").GetString(), body.GetProperty("subject").GetString(), body.GetProperty("period").GetString()));
        Assert.Equal((5.0, 3.0), (body.GetProperty("value").GetDouble(), body.GetProperty("threshold").GetDouble()));
        Assert.Equal(AlertHarness.Now, body.GetProperty("firedAt").GetDateTimeOffset());
    }

    [Theory(Timeout = TestTimeouts.Long)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_AgainAndAfterARestart_SendsNothingMoreForThatWeek(bool postgres)
    {
        await using var stores = await AlertStores.CreateAsync(postgres);
        await using var sinks = await AlertSinks.StartAsync();
        await using (var first = await AlertHarness.StartAsync(sinks, stores.Settings))
        {
            await first.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
            await first.AddRuleAsync(new NewAlertRule(AlertKind.Topic, string.Empty, 3, "ann@clinic.example", sinks.Webhook.Url));
            await first.RunAsync();
            first.Time.Advance(TimeSpan.FromMinutes(15));
            var again = await first.RunAsync();
            Assert.Equal((1, 0, 2), (again.Fired, again.Sent, again.AlreadySent));
        }

        // A new process on the same store, a little later in the same week.
        await using var restarted = await AlertHarness.StartAsync(sinks, stores.Settings, AlertHarness.Now.AddHours(2));
        var afterRestart = await restarted.RunAsync();

        Assert.Equal((1, 0, 2), (afterRestart.Fired, afterRestart.Sent, afterRestart.AlreadySent));
        Assert.Single(sinks.Received());
        Assert.Single(sinks.Webhook.Accepted);
        var fired = Assert.Single(await restarted.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken));
        Assert.Equal(("adhd", "2026-W46", AlertHarness.Now), (fired.Subject, fired.Period, fired.FiredAt));
    }

    [Theory(Timeout = TestTimeouts.Long)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_ThresholdNotCrossed_SendsNothing(bool postgres)
    {
        await using var stores = await AlertStores.CreateAsync(postgres);
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks, stores.Settings);
        await harness.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 5.5, "ann@clinic.example", sinks.Webhook.Url));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Depression, 1, "ann@clinic.example", sinks.Webhook.Url));

        var result = await harness.RunAsync();

        Assert.Equal((2, 0, 0), (result.Rules, result.Fired, result.Sent));
        Assert.Empty(sinks.Received());
        Assert.Equal(0, sinks.Webhook.Requests);
        Assert.Empty(await harness.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken));
    }

    [Theory(Timeout = TestTimeouts.Long)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_WebhookAnswering500_IsRetriedNextRunWithTheSameBodyWhileTheEmailIsNotResent(bool postgres)
    {
        await using var stores = await AlertStores.CreateAsync(postgres);
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks, stores.Settings);
        await harness.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, "ann@clinic.example", sinks.Webhook.Url));
        sinks.Webhook.FailWith = 500;

        var failing = await harness.RunAsync();
        var requestsWhileFailing = sinks.Webhook.Requests;
        sinks.Webhook.FailWith = null;
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        var retried = await harness.RunAsync();
        var settled = await harness.RunAsync();

        Assert.Equal((1, 1), (failing.Sent, failing.Failed));
        // The run's own resilience handler tried three times before recording the failure.
        Assert.Equal(3, requestsWhileFailing);
        Assert.Equal((1, 0, 1), (retried.Sent, retried.Failed, retried.AlreadySent));
        Assert.Equal((0, 2), (settled.Sent, settled.AlreadySent));
        Assert.Single(sinks.Received());
        var body = Assert.Single(sinks.Webhook.Accepted);
        Assert.Equal(AlertHarness.Now, body.GetProperty("firedAt").GetDateTimeOffset());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_MedicationRising_AlertsForTheGenericName()
    {
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks);
        await harness.SeedAsync(AlertPosts.Rising(Topics.Bipolar, latest: 4, medications: ["lithium"]));
        await harness.SeedAsync(AlertPosts.Rising(Topics.Bipolar, latest: 1, medications: ["lamotrigine"], prefix: "l"));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Medication, string.Empty, 3, null, sinks.Webhook.Url));

        var result = await harness.RunAsync();

        Assert.Equal((1, 1), (result.Fired, result.Sent));
        var body = Assert.Single(sinks.Webhook.Accepted);
        Assert.Equal(("medication", "lithium", 7.0), (body.GetProperty("kind").GetString(), body.GetProperty("subject").GetString(), body.GetProperty("value").GetDouble()));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_CrisisJumpInACommunity_EmailsCountsAndTheCrisisViewLinkButNoPostText()
    {
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks);
        await harness.SeedAsync(AlertPosts.Crisis(AlertPosts.HostileCommunity, thisWeek: 3));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Crisis, AlertPosts.HostileCommunity.ToUpperInvariant(), 2, "staff@clinic.example", null));

        var result = await harness.RunAsync();

        Assert.Equal((1, 1), (result.Fired, result.Sent));
        var mail = Assert.Single(sinks.Received());
        Assert.Equal("HealthShire alert: crisis posts in <b>bipolar</b> at 3.0× the usual (week of 16 Nov 2026)", mail.Subject);
        Assert.Contains("3 posts in &lt;b&gt;bipolar&lt;/b&gt; were tagged as a possible crisis", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bipolar", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://listener.clinic.example/#crisis\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://listener.clinic.example/#crisis", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(AlertPosts.CrisisTitle, mail.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reddit.com", mail.ToString(), StringComparison.Ordinal);
        var fired = Assert.Single(await harness.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken));
        Assert.Equal((AlertKind.Crisis, "2026-W47", 3.0), (fired.Kind, fired.Period, fired.Value));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_SmtpDown_CountsAFailureAndListsNothingAsFired()
    {
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks, new Dictionary<string, string?> { ["Digest:Smtp:Port"] = "1" });
        await harness.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
        await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, "ann@clinic.example", null));

        var down = await harness.RunAsync();

        Assert.Equal((0, 1), (down.Sent, down.Failed));
        Assert.Empty(sinks.Received());
        Assert.Empty(await harness.Store.ListFiredAsync(DateTimeOffset.UnixEpoch, 10, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Run_DeliveryLeftInProgressByAStoppedRun_IsMadeOnlyOnceItCountsAsAbandoned()
    {
        await using var sinks = await AlertSinks.StartAsync();
        await using var harness = await AlertHarness.StartAsync(sinks);
        await harness.SeedAsync(AlertPosts.Rising(Topics.Adhd, latest: 3));
        var rule = await harness.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, null, sinks.Webhook.Url));
        // A run claimed the delivery, then its process stopped before the webhook answered.
        Assert.NotNull(await harness.Store.TryClaimAsync(
            new AlertSendKey(rule.Id, Topics.Adhd, "2026-W46", AlertChannel.Webhook), AlertKind.Topic, 5, DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken));

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        var whileInProgress = await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        var afterCutOff = await harness.RunAsync();

        Assert.Equal((0, 1), (whileInProgress.Sent, whileInProgress.AlreadySent));
        Assert.Equal(1, afterCutOff.Sent);
        var body = Assert.Single(sinks.Webhook.Accepted);
        Assert.Equal(AlertHarness.Now, body.GetProperty("firedAt").GetDateTimeOffset());
    }
}
