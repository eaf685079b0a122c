using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Privacy;

/// <summary>What the author pseudonym key logs: where the key lives, never the key.</summary>
internal static partial class PseudonymLog
{
    // Only where the key lives is logged, never the key itself.
    [LoggerMessage(101, LogLevel.Warning, "Generated a new author pseudonym key in {KeyFilePath}; back it up with the database, or set Store:PseudonymKey, since pseudonyms cannot be matched without it")]
    public static partial void KeyGenerated(ILogger logger, string keyFilePath);

    [LoggerMessage(102, LogLevel.Debug, "Using the author pseudonym key from {KeySource}")]
    public static partial void KeyLoaded(ILogger logger, string keySource);
}
