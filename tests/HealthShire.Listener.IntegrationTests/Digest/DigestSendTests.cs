using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Digest;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HealthShire.Listener.IntegrationTests.Digest;

public sealed class DigestSendTests
{
    private static readonly Subscriber Ann = new("ann@clinic.example", "Ann Lee", [], [], "UTC", DayOfWeek.Monday, 8);
    private static readonly Subscriber Bob = new("bob@clinic.example", "Bob", ["adhd"], ["reddit"], "Europe/London", DayOfWeek.Tuesday, 9);
    private static readonly DigestWeek ThisWeek = new(2026, 47);

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RunAsync_DueSubscribers_EachReceiveOneMultipartDigestWithTheStoresNumbers()
    {
        await using var harness = await DigestHarness.CreateAsync();
        await harness.SeedAsync(DigestPosts.Week());
        await harness.AddSubscriberAsync(Ann);
        await harness.AddSubscriberAsync(Bob);

        var results = await harness.RunAsync();

        Assert.All(results, r => Assert.Equal(DigestOutcome.Sent, r.Outcome));
        var received = harness.Received();
        Assert.Equal(2, received.Count);
        var ann = received.Single(m => To(m) == Ann.Address);
        Assert.Equal("digest@clinic.example", ann.From.Mailboxes.Single().Address);
        Assert.Equal("HealthShire weekly digest: 9 Nov – 15 Nov 2026", ann.Subject);
        var alternative = Assert.IsType<MultipartAlternative>(ann.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));

        // Depression: 0 … 0, 2 posts in the week of 2 November, 3 in the reported week.
        Assert.Contains("(0, 0, 0, 0, 0, 0, 2, 3)", ann.TextBody, StringComparison.Ordinal);
        Assert.Contains("<b>3</b></td><td align=\"right\">+50%</td>", ann.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("1 post in your topics was tagged as a possible crisis", ann.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Call or text 988 in the US.", ann.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://www.reddit.com/r/depression/comments/d5/", ann.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("subscribers remove ann@clinic.example", ann.TextBody, StringComparison.Ordinal);

        // Hostile text arrives as text; crisis posts and authors never appear.
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Is this dose normal?", ann.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", ann.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.All(received, m => Assert.DoesNotContain(DigestPosts.CrisisTitle, m.HtmlBody + m.TextBody, StringComparison.Ordinal));
        Assert.All(received, m => Assert.DoesNotContain(DigestPosts.Pseudonym, m.ToString(), StringComparison.Ordinal));

        var bob = received.Single(m => To(m) == Bob.Address);
        Assert.Contains("Does anyone take their stimulant on weekends?", bob.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Is this dose normal?", bob.TextBody, StringComparison.Ordinal);
        Assert.Equal(DigestSendState.Sent, (await harness.SendRecordAsync(Bob.Address, ThisWeek))?.State);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RunAsync_SecondRunInTheSameWeek_SendsNothingUntilTheNextWeek()
    {
        await using var harness = await DigestHarness.CreateAsync();
        await harness.AddSubscriberAsync(Ann);
        await harness.RunAsync();

        harness.Time.Advance(TimeSpan.FromHours(1));
        var again = await harness.RunAsync();
        var sendNow = await harness.RunAsync(new DigestRunRequest(null, IgnoreSchedule: true, Force: false));

        Assert.Equal(DigestOutcome.AlreadySent, Assert.Single(again).Outcome);
        Assert.Equal(DigestOutcome.AlreadySent, Assert.Single(sendNow).Outcome);
        Assert.Single(harness.Received());

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var nextWeek = Assert.Single(await harness.RunAsync());
        Assert.Equal((DigestOutcome.Sent, new DigestWeek(2026, 48)), (nextWeek.Outcome, nextWeek.Week));
        Assert.Equal(2, harness.Received().Count);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RunAsync_BeforeTheSendDay_IsNotDueAndSendsNothing()
    {
        await using var harness = await DigestHarness.CreateAsync();
        await harness.AddSubscriberAsync(Ann with { SendDay = DayOfWeek.Friday });

        var result = Assert.Single(await harness.RunAsync());

        Assert.Equal(DigestOutcome.NotDue, result.Outcome);
        Assert.Empty(harness.Received());
        Assert.Null(await harness.SendRecordAsync(Ann.Address, ThisWeek));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RunAsync_SmtpDown_RecordsTheFailureAndTheNextRunRetries()
    {
        await using var harness = await DigestHarness.CreateAsync(smtpRunning: false);
        await harness.AddSubscriberAsync(Ann);
        await harness.AddSubscriberAsync(Bob);

        var down = await harness.RunAsync();

        Assert.All(down, r => Assert.Equal(DigestOutcome.Failed, r.Outcome));
        var record = await harness.SendRecordAsync(Ann.Address, ThisWeek);
        Assert.Equal((DigestSendState.Failed, 1), (record?.State, record?.Attempt));
        Assert.False(string.IsNullOrEmpty(record?.Error));

        harness.StartSmtp();
        harness.Time.Advance(TimeSpan.FromHours(1));
        var up = await harness.RunAsync();

        Assert.All(up, r => Assert.Equal(DigestOutcome.Sent, r.Outcome));
        Assert.Equal([Ann.Address, Bob.Address], harness.Received().Select(To).Order());
        Assert.Equal((DigestSendState.Sent, 2), ((await harness.SendRecordAsync(Ann.Address, ThisWeek))?.State, (await harness.SendRecordAsync(Ann.Address, ThisWeek))?.Attempt));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task RunAsync_WeekLeftInProgressByAStoppedRun_IsSentOnceItCountsAsAbandonedWithTheSameMessageId()
    {
        await using var harness = await DigestHarness.CreateAsync();
        await harness.AddSubscriberAsync(Ann);
        await harness.RunAsync();
        var first = Assert.Single(harness.Received());
        // Another week, claimed by a run that then stopped before the mail server answered.
        harness.Time.Advance(TimeSpan.FromDays(7));
        var nextWeek = new DigestWeek(2026, 48);
        var ledger = harness.Services.GetRequiredService<IDigestLedger>();
        Assert.NotNull(await ledger.TryClaimAsync(Ann.Address, nextWeek, false, DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken));

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        var whileInProgress = Assert.Single(await harness.RunAsync());
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        var afterCutOff = Assert.Single(await harness.RunAsync());
        var again = Assert.Single(await harness.RunAsync());

        Assert.Equal(DigestOutcome.AlreadySent, whileInProgress.Outcome);
        Assert.Equal((DigestOutcome.Sent, nextWeek), (afterCutOff.Outcome, afterCutOff.Week));
        Assert.Equal(DigestOutcome.AlreadySent, again.Outcome);
        Assert.Equal(2, harness.Received().Count);
        Assert.Equal((DigestSendState.Sent, 2), ((await harness.SendRecordAsync(Ann.Address, nextWeek))?.State, (await harness.SendRecordAsync(Ann.Address, nextWeek))?.Attempt));
        // The id a resend would carry too: the week and a hash of the address.
        var resent = Assert.Single(harness.Received(), m => m.MessageId != first.MessageId);
        Assert.Equal(first.MessageId?.Replace("2026-W47", "2026-W48", StringComparison.Ordinal), resent.MessageId);
    }

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;
}
