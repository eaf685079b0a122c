using System.Data.Common;
using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// The post store's reads, each on its own pooled connection. Names sort by code point (COLLATE "C"), as they do on
/// SQLite, whatever the database's collation.
/// </summary>
internal sealed class PostgresPostQueries(PostgresDatabase database) : PostQueries
{
    public override async Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(
        string source,
        DateTimeOffset createdAfter,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT source_id FROM posts
            WHERE source = $1 AND created_at > $2 AND flags & {GoneFlags.Mask} = 0
            ORDER BY created_at DESC, id DESC;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = createdAfter.ToUniversalTime() });
        return await DbRows.ReadAllAsync(command, reader => reader.GetString(0), cancellationToken);
    }

    public override async IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(
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

        await foreach (var text in DbRows.StreamAsync(command, PostRows.Text, cancellationToken))
        {
            yield return text;
        }
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await database.OpenAsync(cancellationToken);

    protected override async Task<List<CommunityStatus>> ReadCommunitiesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT source, community, COUNT(*), MAX(created_at) FROM posts
            GROUP BY source, community
            ORDER BY source COLLATE "C", community COLLATE "C";
            """,
            connection);
        return await DbRows.ReadAllAsync(command, reader => PostRows.Community(reader, PostgresTime.Read), cancellationToken);
    }

    protected override async Task<List<Checkpoint>> ReadCheckpointsAsync(string? source, CancellationToken cancellationToken)
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

        return await DbRows.ReadAllAsync(command, reader => PostRows.Checkpoint(reader, PostgresTime.Read), cancellationToken);
    }
}
