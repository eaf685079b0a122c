namespace HealthShire.Listener.Digest;

/// <summary>Digest logging. Addresses are masked; the SMTP password never reaches a log.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(1, LogLevel.Information, "Sent the digest for {Week} to {Address}")]
    public static partial void DigestSent(ILogger logger, string week, string address);

    [LoggerMessage(2, LogLevel.Warning, "Sending the digest for {Week} to {Address} failed (attempt {Attempt}); the next run tries again")]
    public static partial void DigestFailed(ILogger logger, Exception exception, string week, string address, int attempt);

    [LoggerMessage(3, LogLevel.Error, "Subscriber {Address} has time zone {TimeZone}, which this machine does not know; skipped")]
    public static partial void UnknownTimeZone(ILogger logger, string address, string timeZone);

    [LoggerMessage(4, LogLevel.Information, "Digest run: {Sent} sent, {Failed} failed, {AlreadySent} already sent, {NotDue} not due")]
    public static partial void RunFinished(ILogger logger, int sent, int failed, int alreadySent, int notDue);

    [LoggerMessage(5, LogLevel.Error, "The digest run failed; it runs again at the next trigger")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "The digest for {Week} to {Address} was sent, but a later attempt had taken over its record")]
    public static partial void ClaimTakenOver(ILogger logger, string week, string address);

    [LoggerMessage(7, LogLevel.Warning,
        "The digest for {Week} to {Address} was left in progress by a run that stopped mid-send; sending it again (attempt {Attempt}) with the same Message-ID")]
    public static partial void AbandonedSendRetried(ILogger logger, string week, string address, int attempt);
}
