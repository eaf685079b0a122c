using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>
/// Reads the counted columns of one stored post by its key: the existence check of every write
/// path, which also tells what the post contributed to the rollups before the write.
/// </summary>
internal sealed class SqliteStoredRows : IDisposable
{
    // The three intents come packed in one integer: on the hot path of every save, each column read costs.
    public const string Columns =
        "community, created_at, topic, " +
        "COALESCE(is_question, 0) | (COALESCE(is_medication_question, 0) << 1) | (COALESCE(is_crisis, 0) << 2), " +
        "reply_count, flags, COALESCE(medications, '')";

    private readonly SqliteCommand _command;
    private readonly SqliteParameter _source;
    private readonly SqliteParameter _sourceId;

    public SqliteStoredRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"SELECT {Columns} FROM posts WHERE source = $source AND source_id = $source_id;";
        _source = _command.Parameters.Add(new SqliteParameter("$source", null));
        _sourceId = _command.Parameters.Add(new SqliteParameter("$source_id", null));
        _command.Prepare();
    }

    /// <summary>The transaction the next reads run in: a writer that outlives one transaction moves its commands on.</summary>
    public SqliteTransaction Transaction
    {
        set => _command.Transaction = value;
    }

    public RollupRow? Read(string source, string sourceId)
    {
        _source.Value = source;
        _sourceId.Value = sourceId;
        using var reader = _command.ExecuteReader();
        return reader.Read() ? ReadRow(reader, 0) : null;
    }

    /// <summary>Reads <see cref="Columns"/> starting at <paramref name="first"/>.</summary>
    public static RollupRow ReadRow(SqliteDataReader reader, int first)
    {
        var intents = reader.GetInt32(first + 3);
        return new RollupRow(
            reader.GetString(first),
            reader.GetInt64(first + 1),
            reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
            (intents & 1) != 0,
            (intents & 2) != 0,
            (intents & 4) != 0,
            reader.GetInt32(first + 4),
            reader.GetInt32(first + 5),
            reader.GetString(first + 6));
    }

    public void Dispose() => _command.Dispose();
}
