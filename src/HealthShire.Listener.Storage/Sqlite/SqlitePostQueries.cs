using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The store's reads. Each runs on its own pooled connection; under WAL they never block a writer.</summary>
internal sealed class SqlitePostQueries(SqliteDatabase database)
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT source_id FROM posts
            WHERE source = $source AND created_at > $created_after AND flags & {PostUpsertCommand.GoneFlags} = 0
            ORDER BY created_at DESC, id DESC;
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$created_after", SqliteTime.ToStored(createdAfter));
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
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT source, community, COUNT(*), MAX(created_at) FROM posts
                GROUP BY source, community
                ORDER BY source, community;
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                communities.Add(new CommunityStatus(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt64(2),
                    reader.IsDBNull(3) ? null : SqliteTime.FromStored(reader.GetInt64(3))));
            }
        }

        return new StoreStatus(communities, await ReadCheckpointsAsync(null, cancellationToken));
    }

    public async IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(
        DateTimeOffset? createdSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Two shapes rather than "$since IS NULL OR ...", which would keep SQLite off the index.
        command.CommandText = TextsSql + (createdSince is null ? string.Empty : " AND created_at >= $since") + " ORDER BY id;";
        if (createdSince is { } since)
        {
            command.Parameters.AddWithValue("$since", SqliteTime.ToStored(since));
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
        await using var command = connection.CreateCommand();
        command.CommandText = source is null
            ? "SELECT source, key, value, updated_at FROM checkpoints ORDER BY source, key;"
            : "SELECT source, key, value, updated_at FROM checkpoints WHERE source = $source ORDER BY key;";
        if (source is not null)
        {
            command.Parameters.AddWithValue("$source", source);
        }

        var checkpoints = new List<Checkpoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checkpoints.Add(new Checkpoint(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                SqliteTime.FromStored(reader.GetInt64(3))));
        }

        return checkpoints;
    }
}
