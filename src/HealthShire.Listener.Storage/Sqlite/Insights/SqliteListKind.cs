namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// The lists of posts shown to providers, each read through its partial index (schema version 5 for the open questions, which leaves replies out; version 6 for the posts behind a trend point).
/// The predicate repeats the index's terms word for word (SQLite only uses a partial index whose
/// terms it finds in the query), and the index is named outright: without statistics the planner
/// would take an equality on source for selective and walk half the table on the source index.
/// Every column the predicate, the filters and both orders need is in the index, so totals and
/// pages of ids never touch the table.
/// </summary>
internal sealed record SqliteListKind(string Index, string Predicate)
{
    public static SqliteListKind OpenQuestions { get; } = new(
        "ix_posts_open_questions",
        "is_question = 1 AND reply_count = 0 AND is_crisis = 0 AND flags & 11 = 0 AND is_marked = 0");

    public static SqliteListKind Crisis { get; } = new("ix_posts_crisis", "is_crisis = 1 AND flags & 3 = 0");

    /// <summary>The posts behind a trend point: tagged (an untagged post's NULL is_crisis fails the test), not crisis, not gone.</summary>
    public static SqliteListKind Posts { get; } = new("ix_posts_listed", "is_crisis = 0 AND flags & 3 = 0");

    /// <summary>The FROM clause that reads through the index.</summary>
    public string From => $"posts INDEXED BY {Index}";
}
