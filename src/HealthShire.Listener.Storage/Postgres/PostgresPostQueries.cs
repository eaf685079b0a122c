using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Sqlite;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// The post store's reads, each on its own pooled connection. Names sort by code point (COLLATE "C"), as they do on
/// SQLite, whatever the database's collation.
/// </summary>
internal sealed class PostgresPostQueries(PostgresDatabase database)
{
    private const string TextsSql =
        "SELECT source, source_id, title, body, model_version FROM posts WHERE (title <> '' OR body <> '')";

    public async Task<IReadOnlyDictionary<string, Checkpoint>> GetCheckpointsAsync(string source, CancellationToken cancellationToken)
    {
        var checkpoints = await ReadCheckpointsAsync(source, cancellationToken);
        return checkpoints.ToDictionary(checkpoint => checkpoint.Key, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(
        string source,
        DateTimeOffset createdAfter,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT source_id FROM posts
            WHERE source = $1 AND created_at > $2 AND flags & {PostUpsertCommand.GoneFlags} = 0
            ORDER BY created_at DESC, id DESC;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = createdAfter.ToUniversalTime() });
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var communities = new List<CommunityStatus>();
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(
            """
            SELECT source, community, COUNT(*), MAX(created_at) FROM posts
            GROUP BY source, community
            ORDER BY source COLLATE "C", community COLLATE "C";
            """,
            connection))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                communities.Add(new CommunityStatus(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt64(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
            }
        }

        return new StoreStatus(communities, await ReadCheckpointsAsync(null, cancellationToken));
    }

    public async IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(
        DateTimeOffset? createdSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            TextsSql + (createdSince is null ? string.Empty : " AND created_at >= $1") + " ORDER BY id;", connection);
        if (createdSince is { } since)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = since.ToUniversalTime() });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoredPostText(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }
    }

    private async Task<List<Checkpoint>> ReadCheckpointsAsync(string? source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            source is null
                ? """SELECT source, key, value, updated_at FROM checkpoints ORDER BY source COLLATE "C", key COLLATE "C";"""
                : """SELECT source, key, value, updated_at FROM checkpoints WHERE source = $1 ORDER BY key COLLATE "C";""",
            connection);
        if (source is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        }

        var checkpoints = new List<Checkpoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checkpoints.Add(new Checkpoint(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return checkpoints;
    }
}
