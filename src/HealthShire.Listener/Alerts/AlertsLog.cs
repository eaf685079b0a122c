namespace HealthShire.Listener.Alerts;

/// <summary>Alerts logging. Addresses are masked, webhooks shown by host only; the webhook secret never reaches a log.</summary>
internal static partial class AlertsLog
{
    [LoggerMessage(1, LogLevel.Information, "Alert {RuleId} ({Kind} {Subject}, {Period}, {Value:0.##}) sent by {Channel} to {Target}")]
    public static partial void Sent(ILogger logger, long ruleId, string kind, string subject, string period, double value, string channel, string target);

    [LoggerMessage(2, LogLevel.Warning, "Alert {RuleId} ({Kind} {Subject}, {Period}) could not be sent by {Channel} to {Target} (attempt {Attempt}): {Error}; the next run tries again")]
    public static partial void Failed(ILogger logger, long ruleId, string kind, string subject, string period, string channel, string target, int attempt, string error);

    [LoggerMessage(3, LogLevel.Information, "Alerts run: {Rules} rules, {Fired} over their threshold, {Sent} sent, {Failed} failed, {AlreadySent} already sent")]
    public static partial void RunFinished(ILogger logger, int rules, int fired, int sent, int failed, int alreadySent);

    [LoggerMessage(4, LogLevel.Error, "The alerts run failed; it runs again at the next trigger")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Alert e-mails cannot be sent: {Problem}")]
    public static partial void MailNotConfigured(ILogger logger, string problem);
}
