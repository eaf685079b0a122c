namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// The lists of posts shown to providers. The predicates repeat the terms of the partial indexes
/// of schema version 2 word for word: SQLite only uses a partial index whose terms it finds in the query.
/// </summary>
internal sealed record PostListKind(string Predicate)
{
    public static PostListKind OpenQuestions { get; } = new(
        "is_question = 1 AND reply_count = 0 AND is_crisis = 0 AND flags & 3 = 0 " +
        "AND NOT EXISTS (SELECT 1 FROM post_marks WHERE post_marks.post_id = posts.id)");

    public static PostListKind Crisis { get; } = new("is_crisis = 1 AND flags & 3 = 0");
}
