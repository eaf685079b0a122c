namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// The lists of posts shown to providers. Each predicate repeats the terms of its partial index in the schema
/// (ix_posts_open_questions, ix_posts_crisis), so that the planner can prove the index covers the query. A NULL tag
/// (an untagged post) makes the predicate NULL, so untagged posts are never listed, as on SQLite.
/// </summary>
internal sealed record PostgresListKind(string Predicate)
{
    public static PostgresListKind OpenQuestions { get; } =
        new("is_question AND reply_count = 0 AND NOT is_crisis AND flags & 11 = 0 AND NOT is_marked");

    public static PostgresListKind Crisis { get; } = new("is_crisis AND flags & 3 = 0");

    /// <summary>The posts behind a trend point: tagged (an untagged post's NULL is_crisis fails the test), not crisis, not gone.</summary>
    public static PostgresListKind Posts { get; } = new("NOT is_crisis AND flags & 3 = 0");
}
