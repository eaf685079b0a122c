using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Http;

internal static partial class HttpLog
{
    [LoggerMessage(2001, LogLevel.Information, "{Api}: waiting {Delay} before the next request because {Reason}")]
    public static partial void PacingWait(ILogger logger, string api, TimeSpan delay, string reason);

    [LoggerMessage(2002, LogLevel.Information, "{Api}: answered 429 Too Many Requests; waiting {Delay} ({Basis}) before asking again")]
    public static partial void TooManyRequestsWait(ILogger logger, string api, TimeSpan delay, string basis);

    [LoggerMessage(2003, LogLevel.Warning, "{Api}: refused a {Status} redirect from {From} to {To}; only redirects on the same host are followed")]
    public static partial void RedirectRefused(ILogger logger, string api, int status, string from, string to);
}
