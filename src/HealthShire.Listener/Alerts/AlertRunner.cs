using HealthShire.Listener.Api.Trends;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Digest;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Alerts;

/// <summary>
/// Evaluates every rule and delivers what fired. Each delivery (rule, subject, week, channel) is claimed in the store
/// before it is made and marked after, so it goes out once however many runs or nodes see it; a failed one is recorded
/// and the next run retries it. E-mail goes through the digest's sender and SMTP settings.
/// </summary>
internal sealed class AlertRunner(
    IAlertStore store,
    IAlertSignals signals,
    IInsightsStore insights,
    ListenerCalendar calendar,
    AlertWebhookClient webhooks,
    IOptions<AlertsOptions> options,
    IOptions<DigestOptions> digest,
    TimeProvider time,
    ILogger<AlertRunner> logger)
{
    public async Task<AlertRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var rules = await store.ListRulesAsync(cancellationToken);
        var firings = rules.Count == 0 ? [] : AlertEvaluator.Evaluate(rules, await MeasureAsync(rules, cancellationToken));
        var settings = options.Value;
        var mail = digest.Value;
        var mailProblem = MailProblem(mail);
        if (mailProblem is not null && firings.Any(f => f.Rule.Email is not null))
        {
            AlertsLog.MailNotConfigured(logger, mailProblem);
        }

        int sent = 0, failed = 0, already = 0;
        await using var mailer = new DigestMailer(mail.Smtp);
        foreach (var firing in firings)
        {
            foreach (var channel in firing.Rule.Channels)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (channel == AlertChannel.Email && mailProblem is not null)
                {
                    // Nothing is claimed: the delivery is simply due again once the settings are right.
                    failed++;
                    continue;
                }

                var claim = await store.TryClaimAsync(
                    firing.KeyFor(channel), firing.Rule.Kind, firing.Value, time.GetUtcNow() - settings.AbandonedSendAfter, cancellationToken);
                if (claim is null)
                {
                    already++;
                    continue;
                }

                if (await DeliverAsync(firing, claim, mailer, settings, mail.From, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    failed++;
                }
            }
        }

        AlertsLog.RunFinished(logger, rules.Count, firings.Count, sent, failed, already);
        return new AlertRunResult(rules.Count, firings.Count, sent, failed, already);
    }

    private async Task<IReadOnlyDictionary<AlertKind, IReadOnlyList<AlertMeasure>>> MeasureAsync(
        IReadOnlyList<AlertRule> rules,
        CancellationToken cancellationToken)
    {
        var today = calendar.Today(time);
        var measures = new Dictionary<AlertKind, IReadOnlyList<AlertMeasure>>();
        if (rules.Any(r => r.Kind == AlertKind.Topic))
        {
            var rising = await insights.GetRisingTopicsAsync(today, TrendsApi.TrailingWeeks, cancellationToken);
            measures[AlertKind.Topic] = [.. rising.Select(t => new AlertMeasure(t.Topic, t.WeekStart, t.Posts, t.TrailingMean, t.ZScore))];
        }

        if (rules.Any(r => r.Kind == AlertKind.Medication))
        {
            measures[AlertKind.Medication] = await signals.GetMedicationWeeksAsync(today, TrendsApi.TrailingWeeks, cancellationToken);
        }

        if (rules.Any(r => r.Kind == AlertKind.Crisis))
        {
            measures[AlertKind.Crisis] = await signals.GetCrisisWeeksAsync(today, TrendsApi.TrailingWeeks, cancellationToken);
        }

        return measures;
    }

    private async Task<bool> DeliverAsync(
        AlertFiring firing,
        AlertClaim claim,
        DigestMailer mailer,
        AlertsOptions settings,
        string from,
        CancellationToken cancellationToken)
    {
        // The claimed value and time are the first attempt's, so a retry carries the same figures.
        var claimed = firing with { Value = claim.Value };
        var channel = AlertNames.Of(claim.Key.Channel);
        var target = claim.Key.Channel == AlertChannel.Email
            ? MailAddressRules.Mask(firing.Rule.Email ?? string.Empty)
            : AlertRuleInput.MaskUrl(firing.Rule.Webhook ?? string.Empty);
        try
        {
            if (claim.Key.Channel == AlertChannel.Email)
            {
                using var message = AlertMessageFactory.Create(claimed, firing.Rule.Email ?? string.Empty, from, settings.DashboardUrl, time.GetUtcNow());
                await mailer.SendAsync(message, cancellationToken);
            }
            else
            {
                var body = new AlertWebhookBody(
                    AlertNames.Of(firing.Rule.Kind), firing.Measure.Subject, firing.Period, claim.Value, firing.Rule.Threshold, claim.DetectedAt);
                await webhooks.PostAsync(new Uri(firing.Rule.Webhook ?? string.Empty), body, cancellationToken);
            }
        }
#pragma warning disable CA1031 // Any failure of one delivery is recorded for it alone; the run goes on and the next run retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Recorded even when stopping, so the delivery is retried rather than left claimed.
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await store.MarkFailedAsync(claim, error, CancellationToken.None);
            AlertsLog.Failed(logger, firing.Rule.Id, AlertNames.Of(firing.Rule.Kind), firing.Measure.Subject, firing.Period, channel, target, claim.Attempt, error);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return false;
        }

        // Once delivered, the record must say so even if the run is stopping.
        await store.MarkSentAsync(claim, CancellationToken.None);
        AlertsLog.Sent(logger, firing.Rule.Id, AlertNames.Of(firing.Rule.Kind), firing.Measure.Subject, firing.Period, claimed.Value, channel, target);
        return true;
    }

    private static string? MailProblem(DigestOptions mail) =>
        DigestMessageFactory.SenderAddress(mail.From).Length == 0
            ? $"{DigestOptions.SectionName}:From must be a sender address such as alerts@clinic.example; got '{mail.From}'."
            : string.IsNullOrWhiteSpace(mail.Smtp.Host)
                ? $"{DigestOptions.SectionName}:Smtp:Host must name the mail server."
                : null;
}
