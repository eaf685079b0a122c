using System.Data.Common;
using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The store's reads. Each runs on its own pooled connection; under WAL they never block a writer.</summary>
internal sealed class SqlitePostQueries(SqliteDatabase database) : PostQueries
{
    public override async Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(
        string source,
        DateTimeOffset createdAfter,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT source_id FROM posts
            WHERE source = $source AND created_at > $created_after AND flags & {GoneFlags.Mask} = 0
            ORDER BY created_at DESC, id DESC;
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$created_after", SqliteTime.ToStored(createdAfter));
        return await DbRows.ReadAllAsync(command, reader => reader.GetString(0), cancellationToken);
    }

    public override async IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(
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
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT source, community, COUNT(*), MAX(created_at) FROM posts
            GROUP BY source, community
            ORDER BY source, community;
            """;
        return await DbRows.ReadAllAsync(command, reader => PostRows.Community(reader, SqliteTime.Read), cancellationToken);
    }

    protected override async Task<List<Checkpoint>> ReadCheckpointsAsync(string? source, CancellationToken cancellationToken)
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

        return await DbRows.ReadAllAsync(command, reader => PostRows.Checkpoint(reader, SqliteTime.Read), cancellationToken);
    }
}
