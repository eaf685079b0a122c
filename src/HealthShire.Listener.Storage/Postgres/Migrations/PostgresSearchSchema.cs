namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>
/// Schema version 3 on PostgreSQL, as version 6 on SQLite: the full-text index over title and body, and the index of the
/// posts behind a trend point.
/// </summary>
internal static class PostgresSearchSchema
{
    public const int Version = 3;

    /// <summary>The text search configuration of posts.search; a query must name the same one to use the index.</summary>
    public const string Configuration = "english";

    // posts.search is a generated column, so every write that sets title or body (an insert, a refresh that edits it,
    // retention clearing it) recomputes it in the same statement; nothing in code keeps it. The english configuration
    // stems words ("sleeping" matches "sleep") and drops stop words. Adding the column rewrites the table once.
    public const string Sql = $"""
        ALTER TABLE posts ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('{Configuration}', title || ' ' || body)) STORED;
        CREATE INDEX ix_posts_search ON posts USING gin (search);

        CREATE INDEX ix_posts_listed ON posts (created_at, topic, source, community) INCLUDE (id)
            WHERE NOT is_crisis AND flags & 3 = 0;
        """;
}
