using HealthShire.Listener.Storage.Common.Posts;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// The PostgreSQL database named by <c>Store:ConnectionString</c>: one pooled data source for the process, shared by
/// the post, insights and digest stores (and by Quartz's clustered job store through its own connections).
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        DatabaseName = builder.Database ?? string.Empty;
        Host = builder.Host ?? string.Empty;
        DataSource = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The database and host, for logs and messages (never the password).</summary>
    public string Description => $"{DatabaseName} on {Host}";

    public string DatabaseName { get; }

    public string Host { get; }

    /// <summary>Grows with every committed write through this process that can move the counts.</summary>
    public StoreChanges Changes { get; } = new();

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        DataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
