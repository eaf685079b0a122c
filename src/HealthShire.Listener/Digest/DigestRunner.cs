using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HealthShire.Listener.Digest;

/// <summary>
/// Sends the digests a run is asked for. Each subscriber's week is claimed in the store before the
/// message is handed to the mail server and marked after; a failure is recorded for that subscriber
/// alone and the run goes on to the next one.
/// </summary>
internal sealed class DigestRunner(
    ISubscriberStore subscribers,
    IDigestLedger ledger,
    DigestComposer composer,
    DigestSubscriberSeeder seeder,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    public async Task<IReadOnlyList<DigestResult>> RunAsync(DigestRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        EnsureSendable(settings);
        await seeder.SeedAsync(cancellationToken);
        IReadOnlyList<Subscriber> chosen = request.Address is null
            ? await subscribers.ListAsync(cancellationToken)
            : await subscribers.GetAsync(request.Address, cancellationToken) is { } one ? [one] : [];

        var results = new List<DigestResult>(chosen.Count);
        await using var mailer = new DigestMailer(settings.Smtp);
        foreach (var subscriber in chosen)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await SendAsync(subscriber, request, settings, mailer, cancellationToken));
        }

        DigestLog.RunFinished(
            logger,
            results.Count(r => r.Outcome == DigestOutcome.Sent),
            results.Count(r => r.Outcome == DigestOutcome.Failed),
            results.Count(r => r.Outcome == DigestOutcome.AlreadySent),
            results.Count(r => r.Outcome == DigestOutcome.NotDue));
        return results;
    }

    private async Task<DigestResult> SendAsync(
        Subscriber subscriber,
        DigestRunRequest request,
        DigestOptions settings,
        DigestMailer mailer,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var masked = MailAddressRules.Mask(subscriber.Address);
        DigestWeek week;
        bool due;
        try
        {
            week = DigestSchedule.WeekOf(subscriber, now);
            due = DigestSchedule.IsDue(subscriber, now);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            DigestLog.UnknownTimeZone(logger, masked, subscriber.TimeZoneId);
            return new DigestResult(subscriber.Address, default, DigestOutcome.Failed, $"Unknown time zone '{subscriber.TimeZoneId}'.");
        }

        if (!due && !request.IgnoreSchedule)
        {
            return new DigestResult(subscriber.Address, week, DigestOutcome.NotDue, null);
        }

        // A cheap read first, so that sent weeks cost no queries; the claim below is what decides.
        var abandonedBefore = now - settings.AbandonedSendAfter;
        var previous = request.Force ? null : await ledger.GetAsync(subscriber.Address, week, cancellationToken);
        var abandoned = previous is { State: DigestSendState.Sending } && previous.StartedAt < abandonedBefore;
        if (previous is { State: not DigestSendState.Failed } && !abandoned)
        {
            return new DigestResult(subscriber.Address, week, DigestOutcome.AlreadySent, null);
        }

        // Composed before claiming: a store failure here leaves no claim behind to block the retry.
        var content = await composer.ComposeAsync(subscriber, cancellationToken);
        using var message = DigestMessageFactory.Create(content, week, settings.From, now);
        var claim = await ledger.TryClaimAsync(subscriber.Address, week, request.Force, abandonedBefore, cancellationToken);
        if (claim is null)
        {
            return new DigestResult(subscriber.Address, week, DigestOutcome.AlreadySent, null);
        }

        if (abandoned)
        {
            DigestLog.AbandonedSendRetried(logger, week.ToString(), masked, claim.Attempt);
        }

        return await DeliverAsync(claim, message, mailer, masked, cancellationToken);
    }

    private async Task<DigestResult> DeliverAsync(
        DigestClaim claim,
        MimeMessage message,
        DigestMailer mailer,
        string masked,
        CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(message, cancellationToken);
        }
        catch (Exception ex)
        {
            // Recorded even when stopping, so the week is retried rather than left claimed.
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await ledger.MarkFailedAsync(claim, error, CancellationToken.None);
            DigestLog.DigestFailed(logger, ex, claim.Week.ToString(), masked, claim.Attempt);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return new DigestResult(claim.Address, claim.Week, DigestOutcome.Failed, error);
        }

        // Once the server has the message, the record must say so even if the run is stopping.
        if (await ledger.MarkSentAsync(claim, CancellationToken.None))
        {
            DigestLog.DigestSent(logger, claim.Week.ToString(), masked);
        }
        else
        {
            DigestLog.ClaimTakenOver(logger, claim.Week.ToString(), masked);
        }

        return new DigestResult(claim.Address, claim.Week, DigestOutcome.Sent, null);
    }

    private static void EnsureSendable(DigestOptions settings)
    {
        if (DigestMessageFactory.SenderAddress(settings.From).Length == 0)
        {
            throw new ConfigurationException(
                $"{DigestOptions.SectionName}:{nameof(DigestOptions.From)} must be a sender address such as digest@clinic.example to send digests; got '{settings.From}'.");
        }

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            throw new ConfigurationException(
                $"{DigestOptions.SectionName}:Smtp:Host must name the mail server to send digests; got '{settings.Smtp.Host}'.");
        }
    }
}
