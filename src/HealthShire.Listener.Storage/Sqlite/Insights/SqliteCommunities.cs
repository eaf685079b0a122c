using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// The communities with stored posts, walked along the (source, community) index: each step seeks the next pair after
/// the last one, so a million posts in a hundred communities cost a hundred seeks, not a scan.
/// </summary>
internal sealed class SqliteCommunities(SqliteDatabase database)
{
    private const string NextSql = """
        SELECT source, community FROM posts INDEXED BY ix_posts_source_community
        WHERE (source, community) > ($source, $community)
        ORDER BY source, community
        LIMIT 1;
        """;

    public async Task<IReadOnlyList<StoredCommunity>> GetAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = NextSql;
        var source = command.Parameters.AddWithValue("$source", string.Empty);
        var community = command.Parameters.AddWithValue("$community", string.Empty);
        var found = new List<StoredCommunity>();
        while (found.Count < limit)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                break;
            }

            var next = new StoredCommunity(reader.GetString(0), reader.GetString(1));
            found.Add(next);
            source.Value = next.Source;
            community.Value = next.Community;
        }

        return found;
    }
}
