using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Storage;

/// <summary>Where posts and checkpoints are kept, the key that pseudonymises authors and how long text is kept.</summary>
internal sealed class StoreOptions
{
    public const string SectionName = "Store";

    public const string DefaultConnectionString = "Data Source=data/listener.db";

    /// <summary>SQLite (the default) or PostgreSQL.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// An ADO.NET connection string: for SQLite a data source (a relative path resolves against the current directory),
    /// for PostgreSQL Npgsql's form (<c>Host=…;Database=…;Username=…;Password=…</c>).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// The author pseudonym key: hex when it holds only hex digits, otherwise base64, of at least
    /// 16 bytes. When empty on SQLite, a random key is generated once and kept in a file beside the database;
    /// PostgreSQL needs it set, so that every node gives an author the same pseudonym.
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>
    /// PostgreSQL only: recount every day in <c>Listener:TimeZone</c> when the store's days were cut in another zone.
    /// Without it a node with another zone refuses to start (all nodes must share one zone). SQLite recounts by itself:
    /// one process owns the file.
    /// </summary>
    public bool RecutDays { get; set; }

    /// <summary>
    /// How long the title and body of a post are kept; older posts keep only their tags, so trends
    /// survive while old health talk does not.
    /// </summary>
    public TimeSpan TextRetention { get; set; } = DefaultTextRetention;

    public static TimeSpan DefaultTextRetention { get; } = TimeSpan.FromDays(180);
}
