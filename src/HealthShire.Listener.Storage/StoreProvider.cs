namespace HealthShire.Listener.Storage;

/// <summary>Which database keeps the posts (<c>Store:Provider</c>).</summary>
internal enum StoreProvider
{
    /// <summary>An embedded SQLite file: one worker process, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several worker nodes share it, and Quartz runs clustered on it.</summary>
    Postgres,
}
