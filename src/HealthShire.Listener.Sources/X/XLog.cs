using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.X;

internal static partial class XLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "The X source is off: no bearer token. Set Sources:X:BearerToken (environment variable Sources__X__BearerToken) to turn it on, or Sources:X:Enabled=false to silence this line")]
    public static partial void NoBearerToken(ILogger logger);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error,
        Message = "X refused the bearer token ({Reason}). The X source stops this pass; check Sources:X:BearerToken and the app's access tier")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "X still refuses the bearer token: {Reason}")]
    public static partial void StillUnauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "X monthly read budget spent: {Spent} of {Budget} tweets read in {Month}; collection pauses until next month or a larger Sources:X:MonthlyReadBudget")]
    public static partial void BudgetSpent(ILogger logger, int spent, int budget, string month);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "X monthly read budget still spent: {Spent} of {Budget}")]
    public static partial void StillBudgetSpent(ILogger logger, int spent, int budget);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning,
        Message = "X query {Query} stopped after {Reads} tweets read: {Reason}. Its since_id checkpoint stays where it was")]
    public static partial void QueryIncomplete(ILogger logger, string query, int reads, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information,
        Message = "X query {Query}: {Posts} new tweets from {Reads} read since {SinceId}")]
    public static partial void QueryFetched(ILogger logger, string query, int posts, int reads, string sinceId);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Debug, Message = "Skipped a tweet of query {Query}: {Reason}")]
    public static partial void TweetSkipped(ILogger logger, string query, string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning,
        Message = "X query {Query}: since_id {SinceId} was rejected ({Reason}); starting over with a backfill")]
    public static partial void SinceIdRejected(ILogger logger, string query, string sinceId, string reason);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Warning, Message = "Skipped an unreadable tweet: {Problem}; the rest of the page is kept")]
    public static partial void UnreadableTweetSkipped(ILogger logger, string problem);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "X tweet lookup of {Count} ids failed: {Reason}")]
    public static partial void RefreshFailed(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Information,
        Message = "X refresh skipped: the monthly read budget of {Budget} is spent")]
    public static partial void RefreshBudgetSpent(ILogger logger, int budget);
}
