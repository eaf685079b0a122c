namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>
/// One worker per SQLite file: the worker holds an exclusive lock on <c>&lt;db&gt;.worker-lock</c> while it runs. The
/// operating system releases it when the process ends, however it ends (a killed worker leaves no stale lock).
/// </summary>
internal static class SqliteWorkerLock
{
    /// <summary>
    /// The held lock, or null with <paramref name="refusal"/> naming the file when another worker holds it. Null and no
    /// refusal when the store is not SQLite.
    /// </summary>
    public static IDisposable? TryAcquire(StoreOptions options, out string? refusal)
    {
        refusal = null;
        if (options.Provider != StoreProvider.Sqlite || !SqliteLocation.TryParse(options.ConnectionString, out var location, out _))
        {
            return null;
        }

        var path = location.DatabasePath + ".worker-lock";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // FileShare.None is an exclusive advisory lock (flock) on Linux and a sharing lock on Windows.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException)
        {
            refusal = $"Store error: another worker is already running on {location.DatabasePath} (it holds {path}); " +
                "run one worker per SQLite file, or move to PostgreSQL for several.";
            return null;
        }
    }
}
