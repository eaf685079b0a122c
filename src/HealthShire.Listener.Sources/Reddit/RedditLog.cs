using System.Net;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>The Reddit source's log messages. Post ids and subreddits only: never authors, tokens or secrets.</summary>
internal static partial class RedditLog
{
    [LoggerMessage(2101, LogLevel.Warning, "Reddit refused the token request with status {Status}; check Sources:Reddit:ClientId and ClientSecret")]
    public static partial void TokenRefused(ILogger logger, int status);

    [LoggerMessage(2102, LogLevel.Warning, "Reddit's token answer was unusable: {Reason}")]
    public static partial void TokenUnusable(ILogger logger, string reason);

    [LoggerMessage(2103, LogLevel.Warning, "The Reddit token request failed: {ExceptionType}: {Reason}")]
    public static partial void TokenRequestFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(2104, LogLevel.Information, "Reddit rejected the access token on {Path}; fetching a new one and asking once more")]
    public static partial void TokenRejected(ILogger logger, string path);

    [LoggerMessage(2110, LogLevel.Warning, "r/{Subreddit} is not available ({Status}: private, banned or missing); skipping it")]
    public static partial void SubredditUnavailable(ILogger logger, string subreddit, HttpStatusCode status);

    [LoggerMessage(2111, LogLevel.Warning, "Reading r/{Subreddit} stopped after {Count} new posts because {Reason}; its checkpoint stays where it was")]
    public static partial void SubredditFailed(ILogger logger, string subreddit, int count, string reason);

    [LoggerMessage(2112, LogLevel.Information, "Read {Count} new posts from r/{Subreddit} in {Pages} pages; stopped because {StopReason}")]
    public static partial void SubredditRead(ILogger logger, string subreddit, int count, int pages, string stopReason);

    [LoggerMessage(2113, LogLevel.Warning, "r/{Subreddit} reached the limit of {Limit} posts before its checkpoint; older new posts are not read")]
    public static partial void SubredditGap(ILogger logger, string subreddit, int limit);

    [LoggerMessage(2114, LogLevel.Information, "Skipped a post in r/{Subreddit} (id '{PostId}') because {Reason}")]
    public static partial void PostSkipped(ILogger logger, string subreddit, string? postId, string reason);

    [LoggerMessage(2115, LogLevel.Warning, "Skipped an unreadable post in {Path}: {Problem}; the rest of the page is kept")]
    public static partial void UnreadablePostSkipped(ILogger logger, string path, string problem);

    [LoggerMessage(2120, LogLevel.Warning, "Refreshing {Count} Reddit posts failed: {Reason}; they are left out of this refresh")]
    public static partial void RefreshChunkFailed(ILogger logger, int count, string reason);
}
