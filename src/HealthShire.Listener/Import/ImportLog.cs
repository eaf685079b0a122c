namespace HealthShire.Listener.Import;

/// <summary>What an import logs: files, counts and failures, never a post's text or author.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Files} files into source {Source}")]
    public static partial void Started(ILogger logger, int files, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import file {File} could not be read to its end: {Reason}")]
    public static partial void FileFailed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Import into {Source} finished: {Read} read, {Inserted} new, {Updated} updated, {Gone} deleted or removed, {Malformed} malformed, {Filtered} filtered out in {Elapsed}; stopped early: {Cancelled}")]
    public static partial void Finished(
        ILogger logger, string source, long read, long inserted, long updated, long gone, long malformed, long filtered, TimeSpan elapsed, bool cancelled);
}
