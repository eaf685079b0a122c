using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Storage.Common.Posts;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>Writes checkpoints inside the transaction of the posts they cover.</summary>
internal sealed class CheckpointUpsertCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _source;
    private readonly SqliteParameter _key;
    private readonly SqliteParameter _value;
    private readonly SqliteParameter _updatedAt;

    public CheckpointUpsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = """
            INSERT INTO checkpoints (source, key, value, updated_at) VALUES ($source, $key, $value, $updated_at)
            ON CONFLICT (source, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
            """;
        _source = _command.Parameters.Add(new SqliteParameter("$source", null));
        _key = _command.Parameters.Add(new SqliteParameter("$key", null));
        _value = _command.Parameters.Add(new SqliteParameter("$value", null));
        _updatedAt = _command.Parameters.Add(new SqliteParameter("$updated_at", null));
    }

    /// <summary>Writes one checkpoint; one without a time (the default value) is stamped <paramref name="now"/>.</summary>
    public void Execute(Checkpoint checkpoint, DateTimeOffset now)
    {
        _source.Value = checkpoint.Source;
        _key.Value = checkpoint.Key;
        _value.Value = checkpoint.Value;
        _updatedAt.Value = SqliteTime.ToStored(CheckpointTimes.UpdatedAt(checkpoint, now));
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
