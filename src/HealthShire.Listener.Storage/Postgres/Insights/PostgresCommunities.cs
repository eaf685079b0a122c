using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// The communities with stored posts, walked along the (source, community) index in one recursive query: each step seeks
/// the next pair after the last one, so the cost grows with the communities, not the posts.
/// </summary>
internal sealed class PostgresCommunities(PostgresDatabase database)
{
    private const string Sql = """
        WITH RECURSIVE found (source, community) AS (
            (SELECT source, community FROM posts ORDER BY source, community LIMIT 1)
            UNION ALL
            SELECT next.source, next.community FROM found CROSS JOIN LATERAL (
                SELECT source, community FROM posts
                WHERE (source, community) > (found.source, found.community)
                ORDER BY source, community
                LIMIT 1) AS next)
        SELECT source, community FROM found LIMIT $1;
        """;

    public async Task<IReadOnlyList<StoredCommunity>> GetAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await DbRows.ReadAllAsync(command, reader => new StoredCommunity(reader.GetString(0), reader.GetString(1)), cancellationToken);
    }
}
