namespace HealthShire.Listener.Api;

internal static partial class ApiLog
{
    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "No API key is configured (Api:ApiKeys): every /api call is refused with 401. Set Api__ApiKeys__0 in the environment to open the API and the dashboard")]
    public static partial void NoApiKeys(ILogger logger);
}
